package nl.k80.wendbaar.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the afwegingskader shipped in decisions/ relates to the versions the board approved. Camunda's
 * auto-deployment would deploy the shipped file again whenever any model of an upgrade changed, and
 * so silently replace an approved version; the shipped file is therefore not auto-deployed. At
 * startup, a shipped file not seen before (k80_shipped_framework) is deployed only on a new
 * installation; if it is the version in force already, it is recorded; otherwise it becomes a
 * proposal in frameworkChange and goes through the checks, the what-if and the board like any other.
 * The record and the deployment or proposal commit together, so of two instances starting at once
 * exactly one acts.
 */
@Component
class ShippedFramework implements SmartInitializingSingleton {

  static final String SHIPPED = "decisions/" + FrameworkChange.RESOURCE;
  private static final Logger LOG = LoggerFactory.getLogger(ShippedFramework.class);

  enum Outcome { DEPLOYED, IN_FORCE, PROPOSED }

  private final FrameworkVersions versions;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  ShippedFramework(FrameworkVersions versions, RuntimeService runtimeService, JdbcTemplate jdbc,
      TransactionTemplate transaction) {
    this.versions = versions;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    byte[] shipped = shipped();
    String checksum = ParsedFrameworks.sha256(shipped);
    try {
      Outcome outcome = transaction.execute(status -> handle(shipped, checksum));
      if (outcome != null) {
        LOG.info("Afwegingskader in {} ({}): {}", SHIPPED, checksum.substring(0, 12), outcome);
      }
    } catch (DuplicateKeyException seenByAnotherInstance) {
      LOG.debug("Afwegingskader in {} handled by another instance", SHIPPED);
    }
  }

  private Outcome handle(byte[] shipped, String checksum) {
    Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM k80_shipped_framework WHERE checksum = ?",
        Integer.class, checksum);
    if (seen != null && seen > 0) {
      return null;
    }
    FrameworkVersions.InForce inForce = versions.inForce();
    Outcome outcome = inForce == null ? Outcome.DEPLOYED
        : Arrays.equals(inForce.dmn(), shipped) ? Outcome.IN_FORCE : Outcome.PROPOSED;
    // Recorded first: another instance inserting the same file waits here for this transaction, then fails.
    jdbc.update("INSERT INTO k80_shipped_framework (checksum, seen_at, outcome) VALUES (?, ?, ?)", checksum,
        K80Time.now(), outcome.name());
    if (outcome == Outcome.DEPLOYED) {
      versions.deploy(shipped, "Afwegingskader, meegeleverd", "k80-wendbaar");
    } else if (outcome == Outcome.PROPOSED) {
      runtimeService.startProcessInstanceByKey(FrameworkChange.PROCESS, Map.of(
          FrameworkChange.CANDIDATE, Variables.fileValue(FrameworkChange.RESOURCE).file(shipped)
              .mimeType("application/xml").create(),
          FrameworkChange.MOTIVATION, "Nieuwe versie van het afwegingskader, meegeleverd met een update van"
              + " K80 Wendbaar. De versie die nu geldt (versie " + inForce.version() + ") blijft van kracht tot het"
              + " Dagelijks Bestuur deze goedkeurt."));
    }
    return outcome;
  }

  private static byte[] shipped() {
    try (InputStream dmn = new ClassPathResource(SHIPPED).getInputStream()) {
      return dmn.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
