package nl.k80.wendbaar.security;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.FromAddress;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.HttpApi.Response;
import nl.k80.wendbaar.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of a topic cannot be forged: every door of the REST API an attacker would try, over
 * real HTTP, as the demo roles, on both REST roots. Each refused attempt answers 4xx and leaves no
 * trace in process instances, variables, history, register, reference counter or mail.
 */
@DemoAppTest
@ExtendWith(OutputCaptureExtension.class)
public class IntegrityHttpTest {

  public static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  HttpApi official;
  HttpApi secretary;
  HttpApi admin;

  @BeforeEach
  void roles() {
    official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    secretary = HttpApi.basic(port, "secretaris", "secretaris");
    admin = HttpApi.basic(port, "admin", "admin");
  }

  /** Everything an attempt could have left behind. */
  record Traces(long processInstances, long variableUpdates, List<Map<String, Object>> register, Integer lastReference,
      long mails, long operations) {}

  Traces traces() {
    var history = engine.getHistoryService();
    return new Traces(history.createHistoricProcessInstanceQuery().count(),
        history.createHistoricDetailQuery().variableUpdates().count(),
        jdbc.queryForList("SELECT * FROM k80_topic ORDER BY process_instance_id"),
        jdbc.query("SELECT MAX(last_number) FROM k80_reference_counter", rs -> rs.next() ? rs.getObject(1, Integer.class) : null),
        history.createHistoricProcessInstanceQuery().processDefinitionKey("topicMail").count(),
        history.createUserOperationLogQuery().count());
  }

  String submitted() {
    Response response = official.post(SUBMIT, form(topic()));
    assertThat(response.status()).isEqualTo(200);
    return response.json().get("id").asText();
  }

  String taskOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  Map<String, Object> variablesOf(String processInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      Object value = variable.getValue();
      // Files and JSON compare by content.
      variables.put(variable.getName(), value instanceof InputStream file ? readAll(file)
          : value instanceof String || value instanceof Number || value == null ? value : value.toString());
    }
    return variables;
  }

  static String readAll(InputStream file) {
    try (file) {
      return new String(file.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> start(List<Map<String, Object>> instructions, Map<String, Object> flags) {
    Map<String, Object> body = new HashMap<>(form(topic()));
    if (instructions != null) {
      body.put("startInstructions", instructions);
    }
    body.putAll(flags);
    return body;
  }

  @Test
  void startingElsewhereThanTheStartEventOrSkippingItsListenersIsRefusedOnEveryStartDoor() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("topicIntake").latestVersion().singleResult().getId();
    HttpApi tasklist = HttpApi.webappSession(port, "ambtenaar", "ambtenaar", "tasklist");
    Map<HttpApi, String> roots = Map.of(official, "/engine-rest", tasklist, TASKLIST_API);
    List<Map<String, Object>> attempts = new ArrayList<>();
    for (String activity : List.of("recordBoardDecision", "notTakenUp", "planTopic", "assignReference", "screenTopic")) {
      attempts.add(start(List.of(Map.of("type", "startBeforeActivity", "activityId", activity)), Map.of()));
    }
    attempts.add(start(List.of(Map.of("type", "startAfterActivity", "activityId", "assignReference")), Map.of()));
    attempts.add(start(List.of(Map.of("type", "startTransition", "transitionId", "f_toFollowUp")), Map.of()));
    attempts.add(start(List.of(Map.of("type", "startBeforeActivity", "activityId", "topicSubmitted")),
        Map.of("skipCustomListeners", true)));
    attempts.add(start(List.of(Map.of("type", "startBeforeActivity", "activityId", "topicSubmitted")),
        Map.of("skipIoMappings", true)));
    attempts.add(start(null, Map.of("skipCustomListeners", true)));
    attempts.add(start(null, Map.of("skipIoMappings", true, "skipCustomListeners", true)));

    Traces before = traces();
    roots.forEach((client, root) -> {
      for (String path : List.of("/process-definition/key/topicIntake/start", "/process-definition/" + definitionId + "/start")) {
        for (Map<String, Object> attempt : attempts) {
          Response refused = client.post(root + path, attempt);
          assertThat(refused.status()).as(root + path + " " + attempt).isIn(400, 403);
        }
      }
    });
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void noRestCallMovesCorrelatesOrRewritesATopicBesideItsModel() {
    String topic = submitted();
    String definitionId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(topic)
        .singleResult().getProcessDefinitionId();
    Traces before = traces();
    Map<String, Object> forged = Map.of("decision", Map.of("value", "OPPAKKEN"));
    for (HttpApi caller : List.of(official, secretary, HttpApi.basic(port, "voorzitter", "voorzitter"))) {
      List<Response> attempts = List.of(
          caller.post("/engine-rest/process-instance/" + topic + "/modification", Map.of("instructions",
              List.of(Map.of("type", "startBeforeActivity", "activityId", "notTakenUp")))),
          caller.post("/engine-rest/process-definition/" + definitionId + "/restart", Map.of("processInstanceIds",
              List.of(topic), "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "planTopic")))),
          caller.post("/engine-rest/message", Map.of("messageName", "besluit", "processInstanceId", topic,
              "processVariables", forged)),
          caller.post("/engine-rest/signal", Map.of("name", "besluit", "variables", forged)),
          caller.post("/engine-rest/condition", Map.of("variables", forged)),
          caller.put("/engine-rest/process-instance/" + topic + "/variables/decision", Map.of("value", "OPPAKKEN")),
          caller.post("/engine-rest/process-instance/" + topic + "/variables", Map.of("modifications", forged)),
          caller.post("/engine-rest/execution/" + topic + "/localVariables", Map.of("modifications", forged)),
          caller.post("/engine-rest/process-instance/" + topic + "/variables", Map.of("deletions", List.of("title"))),
          caller.post("/engine-rest/migration/execute", Map.of("processInstanceIds", List.of(topic),
              "migrationPlan", Map.of("sourceProcessDefinitionId", definitionId, "targetProcessDefinitionId", definitionId,
                  "instructions", List.of()))));
      assertThat(attempts).allSatisfy(response -> assertThat(response.status()).isBetween(400, 499));
    }
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void aTaskEndsOnlyByItsCompletionAndTakesVariablesOnlyThere() {
    String topic = submitted();
    String screening = taskOf(topic);
    assertThat(secretary.post("/engine-rest/task/" + screening + "/claim", Map.of("userId", "secretaris")).status())
        .isEqualTo(204);
    Map<String, Object> before = variablesOf(topic);
    Traces traces = traces();
    // Enough for the step's own check, and what the step does not accept: a resolve, or an error
    // nobody catches, would end the step (an uncaught error: the topic) with these as its record.
    Map<String, Object> forged = Map.of("screeningOutcome", Map.of("value", "COMPLEET"),
        "finalDecision", Map.of("value", "OPPAKKEN"), "submitter", Map.of("value", "iemand-anders"));
    HttpApi tasklist = HttpApi.webappSession(port, "secretaris", "secretaris", "tasklist");
    for (String root : List.of("/engine-rest", TASKLIST_API)) {
      HttpApi caller = root.equals(TASKLIST_API) ? tasklist : secretary;
      String task = root + "/task/" + screening;
      List<Response> attempts = List.of(caller.post(task + "/resolve", Map.of("variables", forged)),
          caller.post(task + "/bpmnError", Map.of("errorCode", "klaar", "variables", forged)),
          caller.post(task + "/bpmnEscalation", Map.of("escalationCode", "klaar", "variables", forged)),
          caller.post(task + "/variables", Map.of("modifications", forged)),
          caller.put(task + "/localVariables/submitter", Map.of("value", "x")),
          caller.delete(task + "/variables/title"));
      assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(root + response.body())
          .isEqualTo(403));
    }

    Task still = engine.getTaskService().createTaskQuery().taskId(screening).singleResult();
    assertThat(still.getTaskDefinitionKey()).isEqualTo("screenTopic");
    assertThat(still.getDelegationState()).isNull();
    assertThat(variablesOf(topic)).isEqualTo(before);
    assertThat(traces()).isEqualTo(traces);
  }

  /** What an attacker could change of a job. */
  record JobState(String id, int retries, Object dueDate, boolean suspended, long priority) {}

  JobState jobState(String jobId) {
    Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
    return job == null ? null : new JobState(job.getId(), job.getRetries(), job.getDuedate(), job.isSuspended(),
        job.getPriority());
  }

  @Test
  void onlyAnAdministratorRunsReschedulesOrDeletesAJobOrHandlesItsIncident() {
    // The history cleanup belongs to no process: Camunda itself checks nobody for it.
    String cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
    String report = engine.getManagementService().createJobQuery().processDefinitionKey("semiannualReport").timers()
        .singleResult().getId();
    Map<String, JobState> before = Map.of(cleanup, jobState(cleanup), report, jobState(report));
    for (HttpApi caller : List.of(official, secretary)) {
      for (String job : before.keySet()) {
        String path = "/engine-rest/job/" + job;
        List<Response> attempts = List.of(caller.post(path + "/execute", Map.of()),
            caller.put(path + "/retries", Map.of("retries", 0)),
            caller.post("/engine-rest/job/retries", Map.of("jobIds", List.of(job), "retries", 0)),
            caller.put(path + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000")),
            caller.post(path + "/duedate/recalculate", Map.of()),
            caller.put(path + "/priority", Map.of("priority", 99)),
            caller.put(path + "/suspended", Map.of("suspended", true)),
            caller.delete(path));
        assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(403));
      }
    }
    before.forEach((job, state) -> assertThat(jobState(job)).isEqualTo(state));
    assertThat(admin.put("/engine-rest/job/" + cleanup + "/suspended", Map.of("suspended", false)).status())
        .isEqualTo(204);

    // A failed history cleanup is an incident that belongs to no process either.
    var management = engine.getManagementService();
    management.setJobRetries(cleanup, 0);
    try {
      var incident = engine.getRuntimeService().createIncidentQuery().configuration(cleanup)
          .singleResult();
      for (HttpApi caller : List.of(official, secretary)) {
        assertThat(caller.put("/engine-rest/incident/" + incident.getId() + "/annotation",
            Map.of("annotation", "Opgelost.")).status()).isEqualTo(403);
        assertThat(caller.delete("/engine-rest/incident/" + incident.getId()).status()).isEqualTo(403);
      }
      assertThat(engine.getRuntimeService().createIncidentQuery().incidentId(incident.getId()).singleResult()
          .getAnnotation()).isNull();
    } finally {
      management.setJobRetries(cleanup, before.get(cleanup).retries());
    }
  }

  @Test
  void aCommentStaysAsItWasWrittenAndTasksTakeNoAttachments() {
    String topic = submitted();
    String screening = taskOf(topic);
    Response added = secretary.post("/engine-rest/task/" + screening + "/comment/create",
        Map.of("message", "Lijkt op K80-2026-0001."));
    assertThat(added.status()).isEqualTo(200);
    String comment = added.json().get("id").asText();
    HttpApi tasklist = HttpApi.webappSession(port, "secretaris", "secretaris", "tasklist");
    List<Response> attempts = List.of(
        secretary.put("/engine-rest/task/" + screening + "/comment", Map.of("id", comment, "message", "Geen dubbel.")),
        secretary.delete("/engine-rest/task/" + screening + "/comment/" + comment),
        secretary.delete("/engine-rest/task/" + screening + "/comment"),
        tasklist.delete(TASKLIST_API + "/task/" + screening + "/comment/" + comment),
        secretary.put("/engine-rest/process-instance/" + topic + "/comment", Map.of("id", comment, "message", "x")),
        secretary.delete("/engine-rest/process-instance/" + topic + "/comment"),
        secretary.postMultipart("/engine-rest/task/" + screening + "/attachment/create",
            Map.of("attachment-name", "notitie", "url", "https://k80.example/notitie")));
    assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(403));
    var comments = engine.getTaskService().getTaskComments(screening);
    assertThat(comments).singleElement().satisfies(kept -> {
      assertThat(kept.getFullMessage()).isEqualTo("Lijkt op K80-2026-0001.");
      assertThat(kept.getUserId()).isEqualTo("secretaris");
    });
    assertThat(engine.getTaskService().getTaskAttachments(screening)).isEmpty();
  }

  @Test
  void aBodyAboveTheLimitOrOfUndeclaredLengthIsRefusedBeforeAnybodyReadsIt() {
    Traces before = traces();
    Map<String, String> json = Map.of("Content-Type", "application/json");
    Map<String, String> tooLarge = new HashMap<>(json);
    tooLarge.putAll(Map.of("Content-Length", Long.toString(4L * 1024 * 1024 + 1), "Expect", "100-continue"));
    assertThat(official.statusOfHead(SUBMIT, tooLarge)).isEqualTo(413);
    Map<String, String> chunked = new HashMap<>(json);
    chunked.put("Transfer-Encoding", "chunked");
    assertThat(official.statusOfHead(SUBMIT, chunked)).isEqualTo(411);

    // Within the limit the body is read, and the form's own check answers.
    Map<String, Object> large = topic();
    large.put("description", "x".repeat(3 * 1024 * 1024));
    Response tooLong = official.post(SUBMIT, form(large));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("message").asText()).contains("'description'");
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void eachStepAcceptsOnlyTheVariablesTheContractGivesIt() {
    String topic = submitted();
    String screening = taskOf(topic);
    Map<String, Object> before = variablesOf(topic);
    Traces traces = traces();
    for (String derived : List.of("submitter", "reference", "decision", "motivation", "relevanceScore", "portfolioGroup",
        "finalDecision", "decidedBy", "weeksToDeadline", "activeTopicsInPortfolio", "title", "boardDecision")) {
      Object value = derived.equals("relevanceScore") ? 11 : "ambtenaren,secretariaat";
      for (String action : List.of("/submit-form", "/complete")) {
        Response refused = secretary.post("/engine-rest/task/" + screening + action, form(Map.of(
            "screeningOutcome", "COMPLEET", derived, value)));
        assertThat(refused.status()).as(derived + action).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).as(derived).contains("'" + derived + "'");
      }
    }
    assertThat(variablesOf(topic)).isEqualTo(before);
    assertThat(traces()).isEqualTo(traces);
    assertThat(engine.getTaskService().createTaskQuery().taskId(screening).count()).isOne();

    // The secretariat may correct the framework's inputs, and with them the work goes on.
    assertThat(secretary.post("/engine-rest/task/" + screening + "/submit-form", form(Map.of(
        "screeningOutcome", "COMPLEET", "membersAffected", "DEEL"))).status()).isEqualTo(204);
    Task plan = engine.getTaskService().createTaskQuery().processInstanceId(topic).singleResult();
    assertThat(plan.getTaskDefinitionKey()).isEqualTo("planTopic");
    HttpApi wonen = HttpApi.basic(port, "ph-wonen", "ph-wonen");
    Response forgedDecision = wonen.post("/engine-rest/task/" + plan.getId() + "/submit-form",
        form(Map.of("approachPlan", "Lobby bij het Rijk.", "decision", "NIET_OPPAKKEN")));
    assertThat(forgedDecision.status()).isEqualTo(400);
    assertThat(forgedDecision.json().get("message").asText()).contains("'decision'", "approachPlan");
    assertThat(engine.getRuntimeService().getVariable(topic, "decision")).isEqualTo("OPPAKKEN");
  }

  @Test
  void theReportThatGoesToTheBoardCannotBeReplacedInItsReview() {
    String timer = engine.getManagementService().createJobQuery().processDefinitionKey("semiannualReport").timers()
        .singleResult().getId();
    assertThat(admin.post("/engine-rest/job/" + timer + "/execute", "").status()).isEqualTo(204);
    String report = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("semiannualReport")
        .singleResult().getId();
    String review = taskOf(report);
    Map<String, Object> before = variablesOf(report);
    Map<String, Map<String, Object>> forgeries = Map.of(
        "reportPeriod", Map.of("value", "januari 1900"),
        "report", Map.of("value", "{\"submitted\": 0}", "type", "Json"),
        "reportCsv", Map.of("value", "S2VubWVyaztWZXJ2YWxzdA==", "type", "File",
            "valueInfo", Map.of("filename", "rapportage.csv", "mimetype", "text/csv")),
        "reportSummary", Map.of("value", "Niets te melden."));
    forgeries.forEach((name, value) -> {
      Response refused = secretary.post("/engine-rest/task/" + review + "/submit-form", Map.of("variables", Map.of(
          "reportRemark", Map.of("value", "Akkoord."), name, value)));
      assertThat(refused.status()).as(name).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).contains("'" + name + "'");
    });
    assertThat(variablesOf(report)).isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review).count()).isOne();
  }

  @Test
  void theStartAcceptsOnlyTheTenFieldsOfTheContractAndNoBusinessKey() {
    Traces before = traces();
    for (String extra : List.of("decision", "finalDecision", "screeningOutcome", "portfolioGroup", "relevanceScore",
        "submitter", "reference", "decidedBy", "boardMotivation")) {
      Map<String, Object> values = topic();
      values.put(extra, extra.equals("relevanceScore") ? 11 : "DAGELIJKS_BESTUUR");
      for (String door : List.of(SUBMIT, "/engine-rest/process-definition/key/topicIntake/start")) {
        Response refused = official.post(door, form(values));
        assertThat(refused.status()).as(extra + " " + door).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("'" + extra + "'");
      }
    }
    Map<String, Object> withKey = new HashMap<>(form(topic()));
    withKey.put("businessKey", "K80-2026-0001");
    assertThat(official.post(SUBMIT, withKey).status()).isEqualTo(400);
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void typedObjectsAreRefusedBeforeTheServerReadsThem() {
    Map<String, Map<String, Object>> typed = Map.of(
        "uri", Map.of("type", "Object", "value", "\"https://aanvaller.example/\"", "valueInfo", Map.of(
            "objectTypeName", "java.net.URI", "serializationDataFormat", "application/json")),
        "java", Map.of("type", "Object", "value", "rO0ABXQAA2FiYw==", "valueInfo", Map.of(
            "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")),
        "json", Map.of("type", "Json", "value", "{\"a\": 1}"),
        "xml", Map.of("type", "Xml", "value", "<a/>"),
        "bytes", Map.of("type", "Bytes", "value", "YWJj"),
        "file", Map.of("type", "File", "value", "YWJj", "valueInfo", Map.of("filename", "a.txt")));
    Traces before = traces();
    typed.forEach((kind, value) -> {
      Map<String, Object> variables = new HashMap<>(form(topic()));
      @SuppressWarnings("unchecked")
      Map<String, Object> values = new HashMap<>((Map<String, Object>) variables.get("variables"));
      values.put("title", value);
      for (String door : List.of(SUBMIT, "/engine-rest/process-definition/key/topicIntake/start")) {
        Response refused = official.post(door, Map.of("variables", values));
        assertThat(refused.status()).as(kind + " " + door).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).as(kind).contains("'title'");
      }
    });
    assertThat(traces()).isEqualTo(before);

    String topic = submitted();
    Response onTask = secretary.post("/engine-rest/task/" + taskOf(topic) + "/submit-form", Map.of("variables", Map.of(
        "screeningOutcome", Map.of("value", "COMPLEET"), "influenceDeadline", typed.get("uri"))));
    assertThat(onTask.status()).isEqualTo(400);
    assertThat(onTask.json().get("message").asText()).contains("'influenceDeadline'");
  }

  @Test
  void aClaimedTaskChangesHandsOnlyThroughItsAssigneeOrAnAdministrator() {
    TestUsers.create(engine.getIdentityService(), "secretaris-twee", "secretariaat");
    HttpApi colleague = HttpApi.basic(port, "secretaris-twee", TestUsers.PASSWORD);
    String task = taskOf(submitted());
    Traces before = traces();
    assertThat(colleague.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "secretaris")).status())
        .as("claiming for somebody else").isEqualTo(403);
    assertThat(secretary.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "secretaris")).status())
        .isEqualTo(204);
    for (Response attempt : List.of(
        colleague.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "secretaris-twee")),
        colleague.post("/engine-rest/task/" + task + "/claim", "{\"userId\": null}"),
        colleague.post("/engine-rest/task/" + task + "/unclaim", ""),
        colleague.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "secretaris-twee")),
        colleague.post("/engine-rest/task/" + task + "/delegate", Map.of("userId", "secretaris-twee")),
        colleague.put("/engine-rest/task/" + task, Map.of("name", "Screenen", "assignee", "secretaris-twee")),
        colleague.post("/engine-rest/task/" + task + "/identity-links", Map.of("groupId", "ambtenaren",
            "type", "candidate")),
        HttpApi.webappSession(port, "secretaris-twee", TestUsers.PASSWORD, "tasklist")
            .post(TASKLIST_API + "/task/" + task + "/unclaim", ""),
        // Nor does a colleague finish it: Tasklist offers the form to the assignee only, the REST API
        // to every candidate.
        colleague.post("/engine-rest/task/" + task + "/submit-form", form(Map.of("screeningOutcome", "COMPLEET"))),
        colleague.post("/engine-rest/task/" + task + "/complete", form(Map.of("screeningOutcome", "COMPLEET"))))) {
      assertThat(attempt.status()).as(attempt.body()).isEqualTo(403);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("secretaris");
    assertThat(traces().variableUpdates()).isEqualTo(before.variableUpdates());
    assertThat(traces().register()).isEqualTo(before.register());

    // The assignee releases the task (claim without a user: TASK_WORK; Camunda's /unclaim needs TASK_ASSIGN).
    assertThat(secretary.post("/engine-rest/task/" + task + "/claim", "{\"userId\": null}").status()).isEqualTo(204);
    assertThat(colleague.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "secretaris-twee")).status())
        .isEqualTo(204);
    assertThat(admin.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "secretaris")).status())
        .isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("secretaris");
  }

  @Test
  void theRegisterFollowsTheProcessInstanceNotAReferenceSomebodyWrote() {
    String first = submitted();
    String second = submitted();
    String firstReference = (String) engine.getRuntimeService().getVariable(first, "reference");
    // Only an administrator can still write a variable beside a step; even then the register is not fooled.
    assertThat(admin.put("/engine-rest/process-instance/" + second + "/variables/reference",
        Map.of("value", firstReference)).status()).isEqualTo(204);
    assertThat(secretary.post("/engine-rest/task/" + taskOf(second) + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET"))).status()).isEqualTo(204);

    assertThat(jdbc.queryForObject("SELECT status FROM k80_topic WHERE process_instance_id = ?", String.class, first))
        .isEqualTo("IN_SCREENING");
    assertThat(jdbc.queryForObject("SELECT status FROM k80_topic WHERE process_instance_id = ?", String.class, second))
        .isEqualTo("IN_PLANNING");
  }

  @Test
  void aWrongPasswordStormFromOneAddressDoesNotLockOutTheOwner(CapturedOutput log) {
    TestUsers.create(engine.getIdentityService(), "storm-doelwit", "ambtenaren");
    FromAddress attacker = new FromAddress("127.0.0.2", port);
    FromAddress owner = new FromAddress("127.0.0.3", port);
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(attacker.basicGet("/engine-rest/task", "storm-doelwit", "raden-" + attempt)).isEqualTo(401);
    }
    assertThat(attacker.basicGet("/engine-rest/task", "storm-doelwit", TestUsers.PASSWORD))
        .as("the address is throttled before its credentials are looked at").isEqualTo(429);
    assertThat(attacker.webappLogin("storm-doelwit", TestUsers.PASSWORD, "tasklist")).isEqualTo(429);
    assertThat(attacker.basicGet("/actuator/health", "admin", "admin")).isEqualTo(429);

    assertThat(owner.basicGet("/engine-rest/task", "storm-doelwit", TestUsers.PASSWORD)).isEqualTo(200);
    assertThat(owner.webappLogin("storm-doelwit", TestUsers.PASSWORD, "tasklist")).isEqualTo(200);
    assertThat(owner.webappLogin("storm-doelwit", "fout-wachtwoord", "tasklist")).isEqualTo(401);
    // The server itself is trusted: the operator's way in.
    assertThat(HttpApi.basic(port, "admin", "admin").get("/engine-rest/user").status()).isEqualTo(200);

    assertThat(log.getOut()).contains(
        "Login failed: user=storm-doelwit address=127.0.0.2 via=HTTP Basic",
        "Login refused: user=storm-doelwit address=127.0.0.2 reason=too many failed logins",
        "Login succeeded: user=storm-doelwit address=127.0.0.3 via=HTTP Basic",
        "Login succeeded: user=storm-doelwit address=127.0.0.3 via=webapp",
        "Login failed: user=storm-doelwit address=127.0.0.3 via=webapp")
        .doesNotContain("raden-3", TestUsers.PASSWORD, "fout-wachtwoord");
  }

  @Test
  void refusedAttemptsAreLoggedWithUserAddressAndReason(CapturedOutput log) {
    official.post("/engine-rest/process-definition/key/topicIntake/start",
        start(List.of(Map.of("type", "startBeforeActivity", "activityId", "notTakenUp")), Map.of()));
    Map<String, Object> values = topic();
    values.put("decision", "OPPAKKEN");
    official.post(SUBMIT, form(values));
    assertThat(log.getOut()).contains(
        "Refused: user=ambtenaar address=127.0.0.1 command=StartProcessInstanceAtActivitiesCmd reason=Niet toegestaan",
        "Refused: user=ambtenaar address=127.0.0.1 command=SubmitStartFormCmd reason=Ongeldige invoer: variabele 'decision'");
  }

  @Test
  void textWithControlCharactersIsRefusedWithoutAServerErrorAndForgesNoLogLine(CapturedOutput log) {
    String topic = submitted();
    String screening = taskOf(topic);
    Map<String, Object> before = variablesOf(topic);
    Traces traces = traces();
    Response remark = secretary.post("/engine-rest/task/" + screening + "/complete", form(Map.of(
        "screeningOutcome", "AANVULLEN", "screeningRemark", "Graag\u0000aanvullen")));
    assertThat(remark.status()).isEqualTo(400);
    assertThat(remark.json().get("message").asText()).contains("'screeningRemark'", "stuurtekens");
    assertThat(official.get("/api/topics?q=%00").status()).isEqualTo(400);
    assertThat(variablesOf(topic)).isEqualTo(before);
    assertThat(traces()).isEqualTo(traces);

    // No account has a control character in its name: refused before anybody looks it up.
    FromAddress client = new FromAddress("127.0.0.4", port);
    assertThat(client.basicGet("/engine-rest/task", "ambt\u0000enaar", "ambtenaar")).isEqualTo(401);
    assertThat(client.basicGet("/engine-rest/task", "x\nFORGED Login succeeded user=admin", "x")).isEqualTo(401);
    assertThat(client.webappLogin("x\nFORGED Login succeeded user=admin", "x", "tasklist")).isEqualTo(401);
    assertThat(log.getOut()).contains("user=x\\u000aFORGED Login succeeded user=admin address=127.0.0.4 via=HTTP Basic",
        "user=x\\u000aFORGED Login succeeded user=admin address=127.0.0.4 via=webapp").doesNotContain("\nFORGED");

    // What only the database cannot take (PostgreSQL: a NUL, H2 takes it) is invalid input, not a server error.
    boolean postgres = "PostgreSQL".equals(jdbc.execute((Connection connection) ->
        connection.getMetaData().getDatabaseProductName()));
    assertThat(secretary.get("/engine-rest/task?nameLike=%25%00").status()).isEqualTo(postgres ? 400 : 200);
    assertThat(client.webappLogin("ambt\u0000enaar", "ambtenaar", "tasklist")).isEqualTo(postgres ? 400 : 401);
    assertThat(secretary.post("/engine-rest/task/" + screening + "/comment/create", Map.of("message", "a\u0000b"))
        .status()).isEqualTo(postgres ? 400 : 200);
    assertThat(engine.getTaskService().getTaskComments(screening)).hasSize(postgres ? 0 : 1);
  }

  @Test
  void usersKeepTheirAccountAsItWasSetUpButMayChangeTheirPassword() {
    TestUsers.create(engine.getIdentityService(), "eigen-account", "ambtenaren");
    HttpApi self = HttpApi.basic(port, "eigen-account", TestUsers.PASSWORD);
    Map<String, Object> profile = Map.of("id", "eigen-account", "firstName", "Test", "lastName", "eigen-account",
        "email", "aanvaller@example.org");
    assertThat(self.put("/engine-rest/user/eigen-account/profile", profile).status()).isEqualTo(403);
    assertThat(self.put("/engine-rest/user/eigen-account/profile", Map.of("id", "eigen-account", "firstName", "Baas",
        "lastName", "eigen-account", "email", "eigen-account@k80.example")).status()).isEqualTo(403);
    assertThat(self.delete("/engine-rest/user/eigen-account").status()).isEqualTo(403);
    assertThat(self.put("/engine-rest/user/ambtenaar/profile", Map.of("id", "ambtenaar", "email", "x@example.org"))
        .status()).as("somebody else's account is not even visible").isIn(403, 404);
    assertThat(self.post("/engine-rest/identity/verify", Map.of("username", "admin", "password", "admin")).status())
        .as("testing somebody else's password").isEqualTo(403);
    User stored = engine.getIdentityService().createUserQuery().userId("eigen-account").singleResult();
    assertThat(stored.getEmail()).isEqualTo("eigen-account@k80.example");
    assertThat(stored.getFirstName()).isEqualTo("Test");

    Response weak = self.put("/engine-rest/user/eigen-account/credentials",
        Map.of("password", "kort", "authenticatedUserPassword", TestUsers.PASSWORD));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("message").asText()).contains("wachtwoordbeleid", "minstens 10 tekens");
    assertThat(self.put("/engine-rest/user/eigen-account/credentials",
        Map.of("password", "Nieuw-Wachtw00rd-2026", "authenticatedUserPassword", TestUsers.PASSWORD)).status())
        .isEqualTo(204);
    assertThat(HttpApi.basic(port, "eigen-account", "Nieuw-Wachtw00rd-2026").get("/engine-rest/task").status())
        .isEqualTo(200);
  }

  @Test
  void administratorsCreateUsersOnlyWithPasswordsThatMeetThePolicy() {
    Map<String, Object> weak = Map.of("profile", Map.of("id", "nieuwe-collega", "firstName", "Nieuwe",
        "lastName", "Collega", "email", "nieuw@k80.example"), "credentials", Map.of("password", "a"));
    Response refused = admin.post("/engine-rest/user/create", weak);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("minstens 10 tekens", "hoofdletter", "cijfer");
    assertThat(engine.getIdentityService().createUserQuery().userId("nieuwe-collega").count()).isZero();

    JsonNode policy = admin.get("/engine-rest/identity/password-policy").json();
    assertThat(policy.get("rules").findValuesAsText("placeholder")).contains("PASSWORD_POLICY_LENGTH");
    assertThat(admin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "nieuwe-collega",
        "firstName", "Nieuwe", "lastName", "Collega", "email", "nieuw@k80.example"),
        "credentials", Map.of("password", "Sterk-Genoeg-2026"))).status()).isEqualTo(204);
  }
}
