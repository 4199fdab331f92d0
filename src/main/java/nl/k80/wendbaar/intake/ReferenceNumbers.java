package nl.k80.wendbaar.intake;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out K80-year-nnnn references: per calendar year from 0001, never twice, unique under
 * concurrent submissions. The number is taken inside the submission's own transaction, so a
 * refused or failed submission consumes none.
 */
@Component
class ReferenceNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  String next(int year) {
    if (jdbc.update("UPDATE k80_reference_counter SET last_number = last_number + 1 WHERE counter_year = ?", year) == 0) {
      createYear(year);
      jdbc.update("UPDATE k80_reference_counter SET last_number = last_number + 1 WHERE counter_year = ?", year);
    }
    Integer number = jdbc.queryForObject("SELECT last_number FROM k80_reference_counter WHERE counter_year = ?",
        Integer.class, year);
    return String.format("K80-%d-%04d", year, number);
  }

  /**
   * The first submission of a year creates its row behind a savepoint: a duplicate-key error of a
   * concurrent first submission would otherwise abort the whole submission on PostgreSQL. A
   * savepoint, not a transaction of its own: that would need a second pooled connection while the
   * submission holds one, and a burst of first submissions would then wait on each other until the
   * pool times out.
   */
  private void createYear(int year) {
    try {
      savepoint.executeWithoutResult(status ->
          jdbc.update("INSERT INTO k80_reference_counter (counter_year, last_number) VALUES (?, 0)", year));
    } catch (DuplicateKeyException createdConcurrently) {
      // Another submission created the row first: that is all we needed.
    }
  }
}
