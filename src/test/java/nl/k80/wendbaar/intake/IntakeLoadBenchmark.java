package nl.k80.wendbaar.intake;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;

import bare.BareEngineApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.k80.wendbaar.K80WendbaarApplication;
import nl.k80.wendbaar.support.ForkedApp;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.HttpApi.Response;
import nl.k80.wendbaar.support.Postgres;
import nl.k80.wendbaar.support.RunningApp;
import nl.k80.wendbaar.support.SqlCounter;
import nl.k80.wendbaar.support.SqlCounter.Origin;

/**
 * The intake under load, over real HTTP: the whole application on embedded PostgreSQL and on the
 * H2 default, a closed-loop client on the same machine with 1, 4, 8 and 16 concurrent clients for a
 * fixed time each, for (a) submissions as an official (HTTP Basic, submit-form) and (b) the intake
 * end to end (submit, the secretariat completes screening, until the routed task exists); and, on
 * the same database, a bare Camunda application (start, one DMN, one user task, no authentication)
 * as the yardstick, each level right after the product's submissions. Under load both run in JVMs
 * of their own, beside this client. Before the load, a profile of one submission and one screening
 * completion: SQL statements and rows per request, inside the request and after it (jobs), and CPU
 * per request.
 * Mail goes to a real SMTP server (GreenMail), so the mail jobs run meanwhile, as they would.
 *
 * Not a test: ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=nl.k80.wendbaar.intake.IntakeLoadBenchmark
 * (-Dbenchmark.seconds=20 per level and -Dbenchmark.warmup=30 by default; -Dbenchmark.clients=8 and
 * -Dbenchmark.databases=postgresql narrow it, e.g. to profile one level).
 */
public final class IntakeLoadBenchmark {

  static final int[] CLIENTS = System.getProperty("benchmark.clients") == null ? new int[] {1, 4, 8, 16}
      : java.util.Arrays.stream(System.getProperty("benchmark.clients").split(",")).mapToInt(Integer::parseInt).toArray();
  static final String DATABASES = System.getProperty("benchmark.databases", "postgresql,h2");
  static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
  static final int WARM_UP = Integer.getInteger("benchmark.warmup", 30);
  static final int PROFILED = 100;

  record Level(int clients, double perSecond, double p50, double p95, double p99, int errors, int requests) {
    @Override
    public String toString() {
      return String.format("| %2d | %7.1f | %6.1f ms | %6.1f ms | %6.1f ms | %d |", clients, perSecond, p50, p95, p99,
          errors);
    }
  }

  public static void main(String[] args) throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try {
      if (DATABASES.contains("postgresql")) {
        run("PostgreSQL 17 (embedded)", Postgres::newDatabase, "postgres", "postgres", smtp);
      }
      if (DATABASES.contains("h2")) {
        run("H2 file (embedded default)", () -> "jdbc:h2:file:" + Path.of("target/benchmark/intake-"
            + System.nanoTime()).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", smtp);
      }
    } finally {
      smtp.stop();
    }
    System.exit(0);
  }

  interface Database {
    String newUrl();
  }

  static void run(String name, Database database, String user, String password, GreenMail smtp) throws Exception {
    Map<String, String> product = Map.of("spring.datasource.username", user, "spring.datasource.password", password,
        "spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(smtp.getSmtp().getPort()),
        "logging.level.k80.security", "WARN", "logging.level.root", "WARN");
    Map<String, String> bareEngine = new HashMap<>(product);
    bareEngine.put("spring.flyway.enabled", "false");
    bareEngine.put("camunda.bpm.deployment-resource-pattern[0]", "classpath*:benchmark/bare.bpmn");
    bareEngine.put("camunda.bpm.deployment-resource-pattern[1]", "classpath*:benchmark/trivial.dmn");
    List<String> report = new ArrayList<>();
    // The profiles count every statement, which costs time itself: applications of their own.
    SqlCounter sql = new SqlCounter();
    try (RunningApp app = RunningApp.start(K80WendbaarApplication.class, "demo", on(database, product), sql)) {
      drive(4, 10, submission(app.port(), ConcurrentHashMap.newKeySet()));
      report.add(profile(app.port(), sql));
    }
    SqlCounter bareSql = new SqlCounter();
    try (RunningApp bare = RunningApp.start(BareEngineApplication.class, "bench", on(database, bareEngine), bareSql)) {
      drive(4, 10, bareStart(bare.port()));
      Thread.sleep(3000);
      bareSql.reset();
      Action start = bareStart(bare.port());
      for (int i = 0; i < PROFILED; i++) {
        start.run(0);
      }
      report.add(describe("one start of the bare engine (no authentication)", bareSql, Double.NaN));
    }

    // Both applications up at once, each in a JVM of its own as in production, and each level runs
    // the product and the bare engine one right after the other: this machine's capacity drifts
    // within minutes, so only neighbours compare.
    try (ForkedApp app = ForkedApp.start(K80WendbaarApplication.class, "demo", on(database, product));
        ForkedApp bare = ForkedApp.start(BareEngineApplication.class, "bench", on(database, bareEngine))) {
      // The JIT needs about a minute of load before the figures settle.
      drive(4, WARM_UP, submission(app.port(), ConcurrentHashMap.newKeySet()));
      drive(4, WARM_UP, endToEnd(app.port()));
      drive(4, WARM_UP, bareStart(bare.port()));
      Set<String> references = ConcurrentHashMap.newKeySet();
      AtomicInteger submitted = new AtomicInteger();
      List<Level> submissions = new ArrayList<>();
      List<Level> bareStarts = new ArrayList<>();
      List<Level> endToEnd = new ArrayList<>();
      List<Backlog> afterSubmissions = new ArrayList<>();
      List<Backlog> afterEndToEnd = new ArrayList<>();
      HttpApi admin = HttpApi.basic(app.port(), "admin", "admin");
      drained(admin);
      for (int clients : CLIENTS) {
        submissions.add(drive(clients, SECONDS, counting(submission(app.port(), references), submitted)));
        afterSubmissions.add(drained(admin));
        bareStarts.add(drive(clients, SECONDS, bareStart(bare.port())));
        endToEnd.add(drive(clients, SECONDS, endToEnd(app.port())));
        afterEndToEnd.add(drained(admin));
      }
      report.add("### " + name + ": submissions (HTTP Basic, submit-form)");
      report.add(table(submissions));
      report.add("distinct references: " + references.size() + " of " + submitted.get() + " accepted submissions");
      report.add("### " + name + ": intake end to end (submit, screening completed, routed task exists)");
      report.add(table(endToEnd));
      report.add("### " + name + ": bare Camunda 7.24 (start, one DMN, one user task; no authentication),"
          + " each level right after the product's submissions");
      report.add(table(bareStarts));
      report.add("### " + name + ": side by side. Jobs (mail) still due when a level ended, and the seconds until"
          + " they were done; 'with its mail' counts those seconds too. Share: of the bare engine's starts/s.\n"
          + "| clients | submissions/s | mail jobs due at the end | done after | submissions/s with its mail"
          + " | bare/s | share | share with its mail | end to end/s | its jobs due | end to end/s with its mail |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|");
      for (int i = 0; i < CLIENTS.length; i++) {
        Level submitting = submissions.get(i);
        Level starting = bareStarts.get(i);
        Backlog mail = afterSubmissions.get(i);
        double sustained = mail.perSecond(submitting);
        report.add(String.format("| %2d | %.1f | %d | %.1f s | %.1f | %.1f | %.2f | %.2f | %.1f | %d | %.1f |",
            CLIENTS[i], submitting.perSecond(), mail.due(), mail.seconds(), sustained, starting.perSecond(),
            submitting.perSecond() / starting.perSecond(), sustained / starting.perSecond(),
            endToEnd.get(i).perSecond(), afterEndToEnd.get(i).due(), afterEndToEnd.get(i).perSecond(endToEnd.get(i))));
      }
    }
    System.out.println(String.join("\n", report));
  }

  /** Jobs still due when a level ended, and the seconds until they were done. */
  record Backlog(long due, double seconds) {
    /** The level's throughput when the time its jobs took afterwards is counted as well. */
    double perSecond(Level level) {
      return level.perSecond() * SECONDS / (SECONDS + seconds);
    }
  }

  /**
   * Waits until the product has no due job left, so that the next level (or the bare engine) does
   * not pay for the mail of this one. A backlog means the level's own figure left work for later.
   */
  static Backlog drained(HttpApi admin) throws InterruptedException {
    long due = dueJobs(admin);
    long start = System.nanoTime();
    while (dueJobs(admin) > 0) {
      Thread.sleep(200);
    }
    return new Backlog(due, (System.nanoTime() - start) / 1e9);
  }

  static long dueJobs(HttpApi admin) {
    return admin.get("/engine-rest/job/count?executable=true").json().get("count").asLong();
  }

  /** The properties with a new, empty database of the kind measured. */
  static Map<String, String> on(Database database, Map<String, String> properties) {
    Map<String, String> withDatabase = new HashMap<>(properties);
    withDatabase.put("spring.datasource.url", database.newUrl());
    return withDatabase;
  }

  /** Sequential requests after warm-up: SQL and rows per request, inside the request and after it; CPU per request. */
  static String profile(int port, SqlCounter sql) throws Exception {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    StringBuilder profile = new StringBuilder();

    Thread.sleep(3000);
    sql.reset();
    long cpu = os.getProcessCpuTime();
    List<String> topics = new ArrayList<>();
    for (int i = 0; i < PROFILED; i++) {
      topics.add(official.post(SUBMIT, form(topic())).json().get("id").asText());
    }
    double submitCpu = (os.getProcessCpuTime() - cpu) / 1e6 / PROFILED;
    Thread.sleep(5000);
    profile.append(describe("one submission", sql, submitCpu));

    sql.reset();
    cpu = os.getProcessCpuTime();
    for (String topic : topics) {
      String task = secretary.get("/engine-rest/task?processInstanceId=" + topic).json().get(0).get("id").asText();
      secretary.post("/engine-rest/task/" + task + "/submit-form", form(Map.of("screeningOutcome", "COMPLEET")));
    }
    double screenCpu = (os.getProcessCpuTime() - cpu) / 1e6 / PROFILED;
    Thread.sleep(5000);
    profile.append(describe("one screening completion (with the task look-up)", sql, screenCpu));
    return profile.toString();
  }

  static String describe(String what, SqlCounter sql, double cpuMillis) {
    StringBuilder text = new StringBuilder(String.format("### Profile: %s, averaged over %d%n", what, PROFILED));
    text.append(String.format("in the request: %.1f statements, %.1f rows written; after it (jobs): %.1f statements,"
            + " %.1f rows written; CPU of the whole process %.1f ms per request%n",
        sql.totalStatementsPer(Origin.REQUEST, PROFILED), sql.rowsWrittenPer(Origin.REQUEST, PROFILED),
        sql.totalStatementsPer(Origin.BACKGROUND, PROFILED), sql.rowsWrittenPer(Origin.BACKGROUND, PROFILED), cpuMillis));
    sql.statementsPer(Origin.REQUEST, PROFILED).forEach((statement, count) ->
        text.append(String.format("  request    %5.2f  %s%n", count, statement)));
    sql.statementsPer(Origin.BACKGROUND, PROFILED).forEach((statement, count) ->
        text.append(String.format("  background %5.2f  %s%n", count, statement)));
    return text.toString();
  }

  interface Action {
    boolean run(int client) throws Exception;
  }

  static Action counting(Action action, AtomicInteger successes) {
    return client -> {
      boolean ok = action.run(client);
      if (ok) {
        successes.incrementAndGet();
      }
      return ok;
    };
  }

  /** A closed loop: each client sends its next request when the previous one is answered. */
  static Level drive(int clients, int seconds, Action action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<?>> running = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      int id = client;
      running.add(pool.submit(() -> {
        while (System.nanoTime() < end) {
          long asked = System.nanoTime();
          boolean ok;
          try {
            ok = action.run(id);
          } catch (Exception e) {
            ok = false;
          }
          latencies.add(System.nanoTime() - asked);
          if (!ok) {
            errors.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int done = sorted.size() - errors.get();
    return new Level(clients, done / elapsed, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        errors.get(), sorted.size());
  }

  static double percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  static String table(List<Level> levels) {
    StringBuilder table = new StringBuilder("| clients | topics/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|\n");
    levels.forEach(level -> table.append(level).append('\n'));
    return table.toString();
  }

  static Action submission(int port, Set<String> references) {
    Map<Integer, HttpApi> officials = new ConcurrentHashMap<>();
    return client -> {
      Response response = officials.computeIfAbsent(client, c -> HttpApi.basic(port, "ambtenaar", "ambtenaar"))
          .post(SUBMIT, form(topic()));
      if (response.status() != 200) {
        return false;
      }
      references.add(response.json().get("businessKey").asText());
      return true;
    };
  }

  static Action endToEnd(int port) {
    Map<Integer, HttpApi[]> roles = new ConcurrentHashMap<>();
    return client -> {
      HttpApi[] as = roles.computeIfAbsent(client, c -> new HttpApi[] {HttpApi.basic(port, "ambtenaar", "ambtenaar"),
          HttpApi.basic(port, "secretaris", "secretaris"), HttpApi.basic(port, "admin", "admin")});
      Response submitted = as[0].post(SUBMIT, form(topic()));
      if (submitted.status() != 200) {
        return false;
      }
      String topic = submitted.json().get("id").asText();
      JsonNode screening = as[1].get("/engine-rest/task?processInstanceId=" + topic).json();
      if (screening.size() != 1) {
        return false;
      }
      Response screened = as[1].post("/engine-rest/task/" + screening.get(0).get("id").asText() + "/submit-form",
          form(Map.of("screeningOutcome", "COMPLEET")));
      if (screened.status() != 204) {
        return false;
      }
      JsonNode routed = as[2].get("/engine-rest/task?processInstanceId=" + topic).json();
      return routed.size() == 1 && !routed.get(0).get("taskDefinitionKey").asText().equals("screenTopic");
    };
  }

  static Action bareStart(int port) {
    Map<Integer, HttpApi> clients = new ConcurrentHashMap<>();
    Map<String, Object> start = Map.of("variables", Map.of("theme", Map.of("value", "WONEN")));
    return client -> clients.computeIfAbsent(client, c -> HttpApi.anonymous(port))
        .post("/engine-rest/process-definition/key/bare/start", start).status() == 200;
  }

  private IntakeLoadBenchmark() {}
}
