package nl.k80.wendbaar.persistence;

import nl.k80.wendbaar.security.IntegrityHttpTest;
import nl.k80.wendbaar.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every integrity attack over HTTP (starts, resolve, allow-lists, claims, accounts), on a real PostgreSQL. */
class PostgresIntegrityHttpTest extends IntegrityHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.useNewDatabase(registry);
  }
}
