package nl.k80.wendbaar.reporting;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicStatus;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.Postgres;
import nl.k80.wendbaar.support.RunningApp;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Report, dashboard and topics API over 100,000 historic topics (ten years at ten times K80's real
 * pace), on the embedded default (H2 file) and on PostgreSQL. Not a unit test: run it with
 * ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=nl.k80.wendbaar.reporting.ReportingBenchmark
 * (-Dbenchmark.databases=h2 or postgresql for one) and write the figures in the README.
 */
public final class ReportingBenchmark {

  static final int TOPICS = 100_000;
  static final int WARMUP = 5;
  static final int RUNS = 20;

  public static void main(String[] args) {
    String databases = System.getProperty("benchmark.databases", "h2,postgresql");
    if (databases.contains("h2")) {
      measure("H2 (bestand, embedded default)", "jdbc:h2:file:./target/benchmark/k80-register-" + System.nanoTime()
          + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
    if (databases.contains("postgresql")) {
      measure("PostgreSQL (embedded, zonky)", Postgres.newDatabase(), "postgres", "postgres");
    }
    System.exit(0);
  }

  static void measure(String database, String url, String user, String password) {
    DataSource dataSource = pool(url, user, password);
    Flyway.configure().dataSource(dataSource).table("k80_schema_history").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long seeding = System.nanoTime();
    seed(jdbc);
    System.out.printf("%s: %,d topics seeded in %d s%n", database, TOPICS, (System.nanoTime() - seeding) / 1_000_000_000);
    // Statistics and visibility as the database's own maintenance (autovacuum) keeps them for a table that grew over years.
    jdbc.execute(url.startsWith("jdbc:postgresql") ? "VACUUM ANALYZE k80_topic" : "ANALYZE");

    RegisterQueries register = new RegisterQueries(jdbc);
    ReportBuilder report = new ReportBuilder(register);
    AssessmentProperties assessment = new AssessmentProperties();
    assessment.setMaxActiveTopics(3);
    BoardDashboard dashboard = new BoardDashboard(register, assessment);
    LocalDate to = K80Time.today().withDayOfMonth(1);
    LocalDate from = to.minusMonths(6);

    time(database + ", halfjaarrapportage (rapport + CSV)", jdbc, () -> {
      SemiannualReport compiled = report.compile(from, to);
      return compiled.submitted() + report.csv(from, to).length;
    });
    time(database + ", dashboard (grafieken + register)", jdbc, () ->
        dashboard.data().portfolios().size() + dashboard.search("").size());
    time(database + ", dashboard register zoeken", jdbc, () -> dashboard.search("woning").size());
    topicsApi(database, jdbc, url, user, password);
  }

  /**
   * The topics API as a member's portal calls it: over HTTP, HTTP Basic, the whole application on
   * the same database (its own pool); "mine" for an official with about 150 topics of their own.
   */
  static void topicsApi(String database, JdbcTemplate jdbc, String url, String user, String password) {
    try (RunningApp app = RunningApp.start("demo", Map.of("spring.datasource.url", url,
        "spring.datasource.username", user, "spring.datasource.password", password,
        "camunda.bpm.job-execution.enabled", "false"))) {
      HttpApi official = app.as("ambtenaar");
      Map<String, String> calls = new LinkedHashMap<>();
      calls.put("eerste pagina", "/api/topics");
      calls.put("zoeken op titel", "/api/topics?q=woning");
      calls.put("filters en pagina 10", "/api/topics?theme=WONEN&status=AFGEROND&decision=OPPAKKEN&page=10");
      calls.put("mijn aanmeldingen", "/api/topics/mine");
      calls.forEach((name, path) -> time(database + ", thema-API " + name + " (" + path + ")", jdbc, () -> {
        HttpApi.Response response = official.get(path);
        if (response.status() != 200) {
          throw new IllegalStateException(path + " answered " + response);
        }
        return response.body().length();
      }));
    }
  }

  /** A connection pool as the application has one. */
  static DataSource pool(String url, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    return pool;
  }

  /**
   * The first run, then the median and worst of RUNS after WARMUP. Before every run one topic
   * changes, as between two real page loads: H2 would otherwise hand back its cached result of the
   * identical query.
   */
  static void time(String what, JdbcTemplate jdbc, Supplier<Integer> work) {
    long first = run(jdbc, work);
    for (int i = 1; i < WARMUP; i++) {
      run(jdbc, work);
    }
    long[] millis = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      millis[i] = run(jdbc, work);
    }
    Arrays.sort(millis);
    System.out.printf("%s: eerste keer %d ms, daarna mediaan %d ms, slechtste %d ms (%d keer)%n", what, first,
        millis[RUNS / 2], millis[RUNS - 1], RUNS);
  }

  private static long run(JdbcTemplate jdbc, Supplier<Integer> work) {
    jdbc.update("UPDATE k80_topic SET title = CASE WHEN title LIKE '%.' THEN LEFT(title, LENGTH(title) - 1)"
        + " ELSE title || '.' END WHERE reference = (SELECT MIN(reference) FROM k80_topic)");
    long start = System.nanoTime();
    work.get();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Ten years of topics; what is older than a year is closed, the rest spread over every status. */
  static void seed(JdbcTemplate jdbc) {
    Random random = new Random(80);
    String[] themes = Choice.codes(Theme.class).toArray(String[]::new);
    String[] groups = Theme.portfolioGroups().toArray(String[]::new);
    String[] words = {"Woningbouw", "Jeugdzorg", "Dorpshuizen", "Energie", "Gemeentefonds", "Arbeidsmarkt",
        "Landbouw", "Mobiliteit"};
    LocalDate today = K80Time.today();
    RegisterSeed seed = new RegisterSeed();
    for (int i = 0; i < TOPICS; i++) {
      LocalDate submitted = today.minusDays(random.nextInt(3650) + 1);
      int theme = random.nextInt(themes.length);
      String reference = String.format("K80-%d-%05d", submitted.getYear(), i);
      String title = words[random.nextInt(words.length)] + " in kleine kernen " + i;
      boolean recent = submitted.isAfter(today.minusYears(1));
      int kind = random.nextInt(10);
      LocalDate decided = submitted.plusDays(random.nextInt(60));
      if (decided.isAfter(today)) {
        decided = today;
      }
      if (recent && kind == 0) {
        seed.open(reference, title, themes[theme], null, TopicStatus.IN_SCREENING, null, submitted, null);
      } else if (recent && kind <= 2) {
        seed.open(reference, title, themes[theme], groups[theme], TopicStatus.IN_UITVOERING, "OPPAKKEN", submitted,
            decided);
      } else if (recent && kind == 3) {
        seed.open(reference, title, themes[theme], groups[theme], TopicStatus.GEVOLGD, "VOLGEN", submitted, decided);
      } else if (kind <= 4) {
        LocalDate completed = decided.plusDays(random.nextInt(200));
        seed.closed(reference, title, themes[theme], groups[theme], TopicStatus.AFGEROND, "OPPAKKEN",
            "AFWEGINGSKADER", "Zeer relevant voor kleine gemeenten.", submitted, decided,
            completed.isAfter(today) ? today : completed);
      } else if (kind <= 6) {
        seed.closed(reference, title, themes[theme], groups[theme], TopicStatus.AANGESLOTEN, "AANSLUITEN",
            "AFWEGINGSKADER", "De VNG pakt dit al op.", submitted, decided, decided.plusDays(10).isAfter(today)
                ? today : decided.plusDays(10));
      } else {
        seed.closed(reference, title, themes[theme], groups[theme], TopicStatus.NIET_OPGEPAKT, "NIET_OPPAKKEN",
            kind == 9 ? "DAGELIJKS_BESTUUR" : "AFWEGINGSKADER", "Raakt kleine gemeenten niet specifiek.",
            submitted, decided, null);
      }
      if (i % 5000 == 4999) {
        seed.insertInto(jdbc);
      }
    }
    seed.insertInto(jdbc);
  }

  private ReportingBenchmark() {}
}
