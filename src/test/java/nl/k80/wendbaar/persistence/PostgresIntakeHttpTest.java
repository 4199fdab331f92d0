package nl.k80.wendbaar.persistence;

import nl.k80.wendbaar.intake.IntakeHttpTest;
import nl.k80.wendbaar.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every intake test over HTTP (routing, refusals, parallel submissions), on a real PostgreSQL. */
class PostgresIntakeHttpTest extends IntakeHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.useNewDatabase(registry);
  }
}
