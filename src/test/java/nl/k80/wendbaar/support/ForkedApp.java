package nl.k80.wendbaar.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.k80.wendbaar.K80WendbaarApplication;
import org.springframework.boot.web.context.WebServerPortFileWriter;
import org.springframework.context.ApplicationListener;

/**
 * The application in a JVM of its own, reached only over HTTP. Camunda keeps its engines in a
 * JVM-wide registry by name, and the REST API and webapps serve the engine registered last: two
 * applications in one JVM both answer with one engine. A second instance that must be one, and an
 * instance that can die by kill -9, therefore run here.
 */
public final class ForkedApp implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Path PORT_FILE_WRITER = portFileWriter();

  private final Process process;
  private final int port;

  private ForkedApp(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The demo app on a PostgreSQL database, configured as {@link RunningApp#onPostgres} is. */
  public static ForkedApp onPostgres(String jdbcUrl, Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(RunningApp.postgres(jdbcUrl));
    properties.putAll(more);
    return start(K80WendbaarApplication.class, "demo", properties);
  }

  /**
   * Starts the application with the test class path and waits until its health answers UP. It binds
   * a free port itself and writes it to a file: a port chosen here and handed over could be taken by
   * another process in between.
   */
  public static ForkedApp start(Class<?> application, String profile, Map<String, String> properties) {
    try {
      Path log = Files.createTempFile("k80-forked-app-", ".log");
      Path portFile = Files.createTempFile("k80-forked-app-", ".port");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-Dportfile=" + portFile, "-cp", PORT_FILE_WRITER + File.pathSeparator + classPath(),
          application.getName(), "--server.port=0", "--spring.profiles.active=" + profile));
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      // A test JVM that ends without closing it (a failed run, a timeout) leaves no application behind.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      return new ForkedApp(process, awaitHealthy(process, portFile, log));
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

  /** The application's port, once it is written and the health there answers UP. */
  private static int awaitHealthy(Process process, Path portFile, Path log) {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the forked application ended at startup:\n" + tail(log));
      }
      OptionalInt port = writtenPort(portFile);
      try {
        if (port.isPresent() && HttpApi.anonymous(port.getAsInt()).get("/actuator/health").status() == 200) {
          return port.getAsInt();
        }
      } catch (RuntimeException notReadyYet) {
        // Health answers only once the whole application has started.
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("the forked application was not healthy within " + STARTUP + ":\n" + tail(log));
  }

  /** Empty until Tomcat has started; the file may be read while it is being written. */
  private static OptionalInt writtenPort(Path portFile) {
    try {
      String written = Files.readString(portFile).trim();
      return written.matches("\\d+") ? OptionalInt.of(Integer.parseInt(written)) : OptionalInt.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * A class path entry that registers Spring Boot's WebServerPortFileWriter, which writes the port
   * Tomcat bound to the file named by -Dportfile. Only the forked applications get it.
   */
  private static Path portFileWriter() {
    try {
      Path entry = Files.createTempDirectory("k80-forked-app-");
      Files.createDirectories(entry.resolve("META-INF"));
      Files.writeString(entry.resolve("META-INF/spring.factories"),
          ApplicationListener.class.getName() + "=" + WebServerPortFileWriter.class.getName() + "\n");
      return entry;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
