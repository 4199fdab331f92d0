package nl.k80.wendbaar.support;

import java.util.HashMap;
import java.util.Map;
import nl.k80.wendbaar.K80WendbaarApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application, started and stopped by a test, on a random port. */
public final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the app; properties are passed as command-line arguments, outranking application.yaml. */
  public static RunningApp start(String profile, Map<String, String> properties) {
    return start(K80WendbaarApplication.class, profile, properties);
  }

  /** Starts the given application (a benchmark may start another one), with initializers of its own. */
  @SafeVarargs
  public static RunningApp start(Class<?> application, String profile, Map<String, String> properties,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    Map<String, String> all = new HashMap<>(properties);
    all.putIfAbsent("server.port", "0");
    all.put("spring.profiles.active", profile);
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new RunningApp(new SpringApplicationBuilder(application).initializers(initializers).run(args));
  }

  /** The demo app on a PostgreSQL database, with a quick job executor. */
  public static RunningApp onPostgres(String jdbcUrl) {
    return onPostgres(jdbcUrl, Map.of());
  }

  public static RunningApp onPostgres(String jdbcUrl, Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(postgres(jdbcUrl));
    properties.putAll(more);
    return start("demo", properties);
  }

  /** The embedded PostgreSQL database at jdbcUrl, with a quick job executor. */
  static Map<String, String> postgres(String jdbcUrl) {
    return Map.of("spring.datasource.url", jdbcUrl,
        "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
        "camunda.bpm.job-execution.wait-time-in-millis", "200", "camunda.bpm.job-execution.max-wait", "1000");
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** A demo user over HTTP Basic (password = user id). */
  public HttpApi as(String user) {
    return HttpApi.basic(port(), user, user);
  }

  @Override
  public void close() {
    context.close();
  }
}
