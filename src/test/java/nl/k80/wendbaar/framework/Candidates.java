package nl.k80.wendbaar.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Candidate versions of the afwegingskader for tests: the shipped DRD, changed the way a proposer would. */
public final class Candidates {

  private Candidates() {}

  public static String shipped() {
    try (InputStream dmn = Candidates.class.getResourceAsStream("/decisions/topicAssessment.dmn")) {
      return new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The held-out change: a topic is taken up from a relevance score of 7 instead of 8 (rule 6 of the contract). */
  public static String takeUpFromSeven() {
    return inRule(shipped(), "Rule_27", "&gt;= 8", "&gt;= 7");
  }

  /** Replaces text inside one rule only. */
  public static String inRule(String dmn, String ruleId, String from, String to) {
    Matcher rule = Pattern.compile("<rule id=\"" + ruleId + "\">.*?</rule>", Pattern.DOTALL).matcher(dmn);
    if (!rule.find() || !rule.group().contains(from)) {
      throw new IllegalArgumentException(ruleId + " has no " + from);
    }
    return dmn.substring(0, rule.start()) + rule.group().replace(from, to) + dmn.substring(rule.end());
  }

  public static byte[] bytes(String dmn) {
    return dmn.getBytes(StandardCharsets.UTF_8);
  }
}
