package nl.k80.wendbaar.persistence;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.k80.wendbaar.support.ForkedApp;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.HttpApi.Response;
import nl.k80.wendbaar.support.Postgres;
import nl.k80.wendbaar.support.RunningApp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production concerns on a real PostgreSQL: load, restarts, a kill -9 mid-load, an outage, two instances on
 * one database (the second in a JVM of its own: see ForkedApp).
 */
class PostgresOperationsTest {

  /** The second instance's name in the job log, to tell which instance ran a job. */
  private static final String SECOND_HOST = "second-instance";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fiftyConcurrentSubmissionsGetFiftyTopicsWithDistinctReferences() throws Exception {
    try (RunningApp app = RunningApp.onPostgres(Postgres.newDatabase())) {
      List<Response> responses = parallel(50, i -> app.as("ambtenaar").post(SUBMIT, form(topic())));
      assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
      Set<String> references = new HashSet<>();
      responses.forEach(response -> references.add(response.json().get("businessKey").asText()));
      assertThat(references).hasSize(50);
      assertThat(app.engine().getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey("topicIntake").count()).isEqualTo(50);
    }
  }

  @Test
  void topicsTasksAndTimersSurviveARestartAndTimersStillFire() {
    String database = Postgres.newDatabase();
    String watched;
    String screened;
    try (RunningApp before = RunningApp.onPostgres(database)) {
      watched = submitAndScreen(before, "ENKELE", "JA");
      screened = before.as("ambtenaar").post(SUBMIT, form(topic())).json().get("id").asText();
      assertThat(before.engine().getManagementService().createJobQuery().processInstanceId(watched).timers().count())
          .isEqualTo(1);
    }
    try (RunningApp after = RunningApp.onPostgres(database)) {
      ProcessEngine engine = after.engine();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(Set.of(watched, screened))
          .count()).isEqualTo(2);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(screened).singleResult()
          .getTaskDefinitionKey()).isEqualTo("screenTopic");
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(watched).timers().count())
          .isEqualTo(1);

      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(100))));
      waitUntil(Duration.ofSeconds(60), () -> reassessTask(engine, watched) != null);
    }
  }

  @Test
  void aDatabaseOutageFailsRequestsCleanlyAndTheAppRecoversByItself() throws Exception {
    try (RunningApp app = RunningApp.onPostgres(Postgres.newDatabase())) {
      assertThat(app.as("ambtenaar").post(SUBMIT, form(topic())).status()).isEqualTo(200);
      long topicsBefore = app.engine().getHistoryService().createHistoricProcessInstanceQuery().count();

      Postgres.stop();
      try {
        Instant asked = Instant.now();
        Response failed = app.as("ambtenaar").post(SUBMIT, form(topic()));
        assertThat(failed.status()).isBetween(500, 599);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(20));
        Response health = nl.k80.wendbaar.support.HttpApi.anonymous(app.port()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
      } finally {
        Postgres.restart();
      }

      waitUntil(Duration.ofSeconds(60),
          () -> nl.k80.wendbaar.support.HttpApi.anonymous(app.port()).get("/actuator/health").status() == 200);
      assertThat(app.engine().getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(topicsBefore);
      assertThat(app.as("ambtenaar").post(SUBMIT, form(topic())).status()).isEqualTo(200);
    }
  }

  @Test
  void twoInstancesOnOneDatabaseHandOutUniqueReferencesAndRunEachJobOnce() throws Exception {
    String database = Postgres.newDatabase();
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    Map<String, String> mailServer = Map.of("spring.mail.port", String.valueOf(ServerSetupTest.SMTP.getPort()));
    try (RunningApp first = RunningApp.onPostgres(database, mailServer);
        ForkedApp second = ForkedApp.onPostgres(database,
            with(mailServer, Map.of("camunda.bpm.generic-properties.properties.hostname", SECOND_HOST)))) {
      List<Function<String, HttpApi>> instances = List.of(first::as, second::as);
      List<Response> responses = parallel(20, i -> instances.get(i % 2).apply("ambtenaar").post(SUBMIT,
          form(watchedTopic())));
      Set<String> references = new HashSet<>();
      List<String> topics = new ArrayList<>();
      for (Response response : responses) {
        assertThat(response.status()).isEqualTo(200);
        references.add(response.json().get("businessKey").asText());
        topics.add(response.json().get("id").asText());
      }
      assertThat(references).hasSize(20);
      ProcessEngine engine = first.engine();
      for (int i = 0; i < topics.size(); i++) {
        Task screening = engine.getTaskService().createTaskQuery().processInstanceId(topics.get(i)).singleResult();
        assertThat(instances.get(i % 2).apply("secretaris").post("/engine-rest/task/" + screening.getId()
            + "/submit-form", form(Map.of("screeningOutcome", "COMPLEET"))).status()).isEqualTo(204);
      }

      // Both job executors now compete for the same 20 watch timers, due at once.
      for (Job timer : engine.getManagementService().createJobQuery().timers().activityId("watchPeriod").list()) {
        engine.getManagementService().setJobDuedate(timer.getId(), new Date());
      }
      waitUntil(Duration.ofSeconds(90), () -> topics.stream().allMatch(id -> reassessTask(engine, id) != null));
      for (String topic : topics) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(topic)
            .activityId("watchPeriod").finished().count()).as(topic).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(topic).count()).isEqualTo(1);
      }
      assertThat(engine.getManagementService().createJobQuery().withException().count()).isZero();

      // Mail too: every requested mail reaches the server exactly once, whichever instance sent it.
      waitUntil(Duration.ofSeconds(60), () -> engine.getManagementService().createJobQuery()
          .processDefinitionKey("topicMail").count() == 0);
      long batches = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("topicMail").finished().count();
      Set<String> messageIds = new HashSet<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        messageIds.add(message.getMessageID());
      }
      // 20 confirmations with 20 screening tasks (one batch per submission), 20 decisions (watch),
      // 20 reassessment tasks.
      assertThat(batches).isEqualTo(60);
      assertThat(smtp.getReceivedMessages()).hasSize(80);
      assertThat(messageIds).hasSize(80);
      // And both instances did some of those jobs.
      assertThat(engine.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
          .map(HistoricJobLog::getHostname).distinct()).hasSize(2).contains(SECOND_HOST);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void twoHundredSubmissionsFromSixteenClientsToTwoInstancesGetTwoHundredDistinctReferences() throws Exception {
    String database = Postgres.newDatabase();
    try (RunningApp first = RunningApp.onPostgres(database);
        ForkedApp second = ForkedApp.onPostgres(database, Map.of())) {
      List<Function<String, HttpApi>> instances = List.of(first::as, second::as);
      List<Response> responses = parallel(16, client -> {
        List<Response> mine = new ArrayList<>();
        for (int i = client; i < 200; i += 16) {
          mine.add(instances.get(i % 2).apply("ambtenaar").post(SUBMIT, form(topic())));
        }
        return mine;
      }).stream().flatMap(List::stream).toList();
      assertThat(responses).hasSize(200).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
      Set<String> references = new HashSet<>();
      responses.forEach(response -> references.add(response.json().get("businessKey").asText()));
      assertThat(references).hasSize(200).allMatch(reference -> reference.matches("K80-\\d{4}-\\d{4}"));
      assertThat(first.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("topicIntake")
          .count()).isEqualTo(200);
    }
  }

  @Test
  void aKillNineMidLoadLosesNoAcceptedSubmissionAndNoMail() throws Exception {
    String database = Postgres.newDatabase();
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    // The killed instance's locks on mail jobs expire after this, and the next instance takes them over.
    Map<String, String> mailAndLocks = Map.of("spring.mail.port", String.valueOf(ServerSetupTest.SMTP.getPort()),
        "camunda.bpm.job-execution.lock-time-in-millis", "5000");
    try {
      Map<String, String> accepted = new ConcurrentHashMap<>();
      AtomicInteger failed = new AtomicInteger();
      try (ForkedApp killed = ForkedApp.onPostgres(database, mailAndLocks)) {
        AtomicBoolean load = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int client = 0; client < 8; client++) {
          clients.submit(() -> {
            HttpApi official = killed.as("ambtenaar");
            while (load.get()) {
              try {
                Response response = official.post(SUBMIT, form(topic()));
                if (response.status() == 200) {
                  accepted.put(response.json().get("id").asText(), response.json().get("businessKey").asText());
                } else {
                  failed.incrementAndGet();
                }
              } catch (RuntimeException connectionLost) {
                failed.incrementAndGet();
              }
            }
          });
        }
        waitUntil(Duration.ofSeconds(60), () -> accepted.size() >= 40);
        killed.kill();
        load.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(failed.get()).as("requests cut off by the kill").isPositive();

      try (RunningApp next = RunningApp.onPostgres(database, mailAndLocks)) {
        ProcessEngine engine = next.engine();
        assertThat(new HashSet<>(accepted.values())).hasSize(accepted.size());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(accepted.keySet())
            .list()).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(accepted.values());
        // Nothing half-made: every topic that exists, accepted or cut off before its answer, is in the register.
        JdbcTemplate jdbc = next.context().getBean(JdbcTemplate.class);
        List<String> registered = jdbc.queryForList("SELECT reference FROM k80_topic", String.class);
        assertThat(registered).doesNotHaveDuplicates().containsAll(accepted.values())
            .containsExactlyInAnyOrderElementsOf(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("topicIntake").list().stream().map(ProcessInstance::getBusinessKey).toList());

        // Every accepted submission's receipt goes out, also those whose mail job the kill interrupted.
        waitUntil(Duration.ofSeconds(90), () -> accepted.values().stream().allMatch(reference ->
            receipts(smtp).contains(reference)));
        String after = next.as("ambtenaar").post(SUBMIT, form(topic())).json().get("businessKey").asText();
        assertThat(registered).doesNotContain(after);
      }
    } finally {
      smtp.stop();
    }
  }

  /** The references in the subjects of the receipts the mail server has. */
  private static Set<String> receipts(GreenMail smtp) {
    Set<String> references = new HashSet<>();
    try {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        String subject = message.getSubject();
        if (subject.endsWith("Aanmelding ontvangen")) {
          references.add(subject.split(" ")[1]);
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return references;
  }

  private static Map<String, String> with(Map<String, String> properties, Map<String, String> more) {
    Map<String, String> all = new HashMap<>(properties);
    all.putAll(more);
    return all;
  }

  private static Map<String, Object> watchedTopic() {
    Map<String, Object> values = topic();
    values.put("membersAffected", "ENKELE");
    values.put("coveredElsewhere", "JA");
    return values;
  }

  private static String submitAndScreen(RunningApp app, String members, String covered) {
    Map<String, Object> values = topic();
    values.put("membersAffected", members);
    values.put("coveredElsewhere", covered);
    String instance = app.as("ambtenaar").post(SUBMIT, form(values)).json().get("id").asText();
    Task screening = app.engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    app.as("secretaris").post("/engine-rest/task/" + screening.getId() + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET")));
    assertThat(app.engine().getRuntimeService().getVariable(instance, "finalDecision")).isEqualTo("VOLGEN");
    return instance;
  }

  private static Task reassessTask(ProcessEngine engine, String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("reassessTopic")
        .singleResult();
  }

  private static void waitUntil(Duration limit, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited " + limit).isBefore(deadline);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  interface Indexed<T> {
    T call(int index) throws Exception;
  }

  private static <T> List<T> parallel(int count, Indexed<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<T>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        calls.add(() -> work.call(index));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
