package nl.k80.wendbaar.intake;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out K80-year-nnnn references: per calendar year from 0001, never twice, unique under
 * concurrent submissions and across instances. A number is taken in a short transaction of its own,
 * on connections of its own, so the counter row is locked for a moment and not for the rest of the
 * submission: concurrent submissions no longer wait on each other. A refused submission takes none
 * (it is refused before the reference is assigned); a submission that fails after it took its number
 * (a database error at its commit, a crash) leaves that number unused: a gap, never a duplicate.
 */
@Component
class ReferenceNumbers implements DisposableBean {

  private final DataSource counters;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate shortTransaction;

  /** With a pool of two connections of its own: the submission holds one of the application's pool meanwhile. */
  @Autowired
  ReferenceNumbers(DataSourceProperties database) {
    this(pool(database));
  }

  ReferenceNumbers(DataSource counters) {
    this.counters = counters;
    this.jdbc = new JdbcTemplate(counters);
    this.shortTransaction = new TransactionTemplate(new DataSourceTransactionManager(counters));
  }

  private static HikariDataSource pool(DataSourceProperties database) {
    HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("k80-reference-numbers");
    pool.setMaximumPoolSize(2);
    pool.setMinimumIdle(1);
    return pool;
  }

  String next(int year) {
    Integer number = increment(year);
    if (number == null) {
      createYear(year);
      number = increment(year);
    }
    return String.format("K80-%d-%04d", year, number);
  }

  /** The year's next number, committed at once; null while the year has no counter yet. */
  private Integer increment(int year) {
    return shortTransaction.execute(status -> jdbc.update(
        "UPDATE k80_reference_counter SET last_number = last_number + 1 WHERE counter_year = ?", year) == 0 ? null
        : jdbc.queryForObject("SELECT last_number FROM k80_reference_counter WHERE counter_year = ?", Integer.class,
            year));
  }

  private void createYear(int year) {
    try {
      jdbc.update("INSERT INTO k80_reference_counter (counter_year, last_number) VALUES (?, 0)", year);
    } catch (DuplicateKeyException createdConcurrently) {
      // Another submission created the row first: that is all we needed.
    }
  }

  @Override
  public void destroy() {
    if (counters instanceof HikariDataSource pool) {
      pool.close();
    }
  }
}
