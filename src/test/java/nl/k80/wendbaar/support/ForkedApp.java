package nl.k80.wendbaar.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.k80.wendbaar.K80WendbaarApplication;

/**
 * The application in a JVM of its own, reached only over HTTP. Camunda keeps its engines in a
 * JVM-wide registry by name, and the REST API and webapps serve the engine registered last: two
 * applications in one JVM both answer with one engine. A second instance that must be one, and an
 * instance that can die by kill -9, therefore run here.
 */
public final class ForkedApp implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(3);

  private final Process process;
  private final int port;
  private final Path log;

  private ForkedApp(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The demo app on a PostgreSQL database, configured as {@link RunningApp#onPostgres} is. */
  public static ForkedApp onPostgres(String jdbcUrl, Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(RunningApp.postgres(jdbcUrl));
    properties.putAll(more);
    return start(K80WendbaarApplication.class, "demo", properties);
  }

  /** Starts the application with the test class path and waits until its health answers UP. */
  public static ForkedApp start(Class<?> application, String profile, Map<String, String> properties) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", classPath(), application.getName(),
        "--server.port=" + port, "--spring.profiles.active=" + profile));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Path log = Files.createTempFile("k80-forked-app-", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      // A test JVM that ends without closing it (a failed run, a timeout) leaves no application behind.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      ForkedApp app = new ForkedApp(process, port, log);
      app.awaitHealthy();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** A demo user over HTTP Basic (password = user id). */
  public HttpApi as(String user) {
    return HttpApi.basic(port, user, user);
  }

  /** kill -9: no shutdown hook, no closing of pools, no last commit. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void awaitHealthy() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the forked application ended at startup:\n" + tail());
      }
      try {
        if (HttpApi.anonymous(port).get("/actuator/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // Tomcat opens the port late in the startup.
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("the forked application was not healthy within " + STARTUP + ":\n" + tail());
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * The test class path without empty entries: Surefire ends it with a separator, which a JVM reads as
   * the working directory, and the project root's processes/ would then be deployed a second time.
   */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty()).collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
