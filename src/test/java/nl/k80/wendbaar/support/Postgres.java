package nl.k80.wendbaar.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests, started from Maven Central's binaries (no Docker):
 * one per test JVM, a fresh database per caller. It can be stopped and started again on the same
 * data directory and port, to test an outage.
 */
public final class Postgres {

  private static Path dataDirectory;
  private static int port;
  private static EmbeddedPostgres server;

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        dataDirectory = Files.createTempDirectory("k80-postgres");
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        port = server.getPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A new, empty database on the server; returns its JDBC URL. */
  public static String newDatabase() {
    String name = "k80_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = server().getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static void useNewDatabase(DynamicPropertyRegistry registry) {
    String url = newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /** Stops the server as an outage would; the data stays. */
  public static synchronized void stop() throws IOException {
    server.close();
  }

  /** Starts the server again on the same data and port. */
  public static synchronized void restart() throws IOException {
    server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
        .setPort(port).start();
  }

  private Postgres() {}
}
