package nl.k80.wendbaar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.HttpApi.Response;
import nl.k80.wendbaar.assessment.ParsedFeelCache;
import nl.k80.wendbaar.security.IntegrityHttpTest;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake over the real REST API of the running application, as each role meets it. */
@DemoAppTest
public class IntakeHttpTest {

  public static final String SUBMIT = "/engine-rest/process-definition/key/topicIntake/submit-form";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  HistoryService historyService;

  @Autowired
  JdbcTemplate jdbc;

  public static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  public static Map<String, Object> topic() {
    return new HashMap<>(Map.of("title", "Energiecongestie in kleine kernen", "description", "Netbeheerders wijzen aansluitingen af.",
        "municipality", "Ameland", "source", "LID", "theme", "WONEN", "smallMunicipalityImpact", "SPECIFIEK",
        "membersAffected", "MEESTE", "coveredElsewhere", "NEE", "requestedRole", "LOBBY"));
  }

  JsonNode tasks(HttpApi user, String processInstanceId) {
    return user.get("/engine-rest/task?processInstanceId=" + processInstanceId).json();
  }

  @Test
  void theApplicationsDecisionsParseEachFeelExpressionOnce() {
    var dmn = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDmnEngineConfiguration();
    assertThat(((DefaultDmnEngineConfiguration) dmn).getFeelEngineFactory())
        .isInstanceOf(ParsedFeelCache.dmnEngineConfiguration().getFeelEngineFactory().getClass());
  }

  @Test
  void anOfficialsTopicIsScreenedAndReachesTheRightPortfolioHolderOnly() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    Response submitted = official.post(SUBMIT, form(topic()));
    assertThat(submitted.status()).isEqualTo(200);
    String instance = submitted.json().get("id").asText();
    String reference = submitted.json().get("businessKey").asText();
    assertThat(reference).matches("K80-\\d{4}-\\d{4}");

    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    assertThat(tasks(official, instance)).isEmpty();
    JsonNode screening = tasks(secretary, instance);
    assertThat(screening).hasSize(1);
    assertThat(screening.get(0).get("name").asText()).isEqualTo("Screenen " + reference + ": Energiecongestie in kleine kernen");
    String screeningTask = screening.get(0).get("id").asText();

    Response incomplete = secretary.post("/engine-rest/task/" + screeningTask + "/submit-form",
        form(Map.of("screeningOutcome", "AANVULLEN")));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().get("message").asText()).contains("'screeningRemark'");
    assertThat(secretary.post("/engine-rest/task/" + screeningTask + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET"))).status()).isEqualTo(204);

    HttpApi wonen = HttpApi.basic(port, "ph-wonen", "ph-wonen");
    HttpApi financien = HttpApi.basic(port, "ph-financien", "ph-financien");
    JsonNode routed = tasks(wonen, instance);
    assertThat(routed).hasSize(1);
    assertThat(routed.get(0).get("taskDefinitionKey").asText()).isEqualTo("planTopic");
    assertThat(tasks(financien, instance)).isEmpty();
    assertThat(tasks(official, instance)).isEmpty();

    JsonNode variables = wonen.get("/engine-rest/task/" + routed.get(0).get("id").asText() + "/variables").json();
    assertThat(variables.get("decision").get("value").asText()).isEqualTo("OPPAKKEN");
    assertThat(variables.get("motivation").get("value").asText()).startsWith("Oppakken:");
    assertThat(variables.get("relevanceScore").get("type").asText()).isEqualTo("Integer");
    assertThat(variables.get("submitter").get("value").asText()).isEqualTo("ambtenaar");
  }

  @Test
  void aTaskDoneMeanwhileAnswers404SayingSoOnEveryButtonOfTasklist() {
    String instance = HttpApi.basic(port, "ambtenaar", "ambtenaar").post(SUBMIT, form(topic())).json().get("id").asText();
    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    String task = tasks(secretary, instance).get(0).get("id").asText();
    assertThat(secretary.post("/engine-rest/task/" + task + "/submit-form",
        form(Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke regels?"))).status()).isEqualTo(204);

    // A colleague's Tasklist still shows the task: what its buttons send now, and the same over REST.
    HttpApi tasklist = HttpApi.webappSession(port, "secretaris", "secretaris", "tasklist");
    for (String root : List.of("/engine-rest", IntegrityHttpTest.TASKLIST_API)) {
      HttpApi caller = root.equals("/engine-rest") ? secretary : tasklist;
      String path = root + "/task/" + task;
      List<Response> attempts = List.of(caller.post(path + "/claim", Map.of("userId", "secretaris")),
          caller.post(path + "/submit-form", form(Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Nog eens?"))),
          caller.post(path + "/complete", form(Map.of("screeningOutcome", "COMPLEET"))));
      assertThat(attempts).allSatisfy(response -> {
        assertThat(response.status()).as(root + " " + response.body()).isEqualTo(404);
        assertThat(response.json().get("message").asText())
            .isEqualTo("Deze taak bestaat niet meer: ze is intussen afgerond, of het thema is gesloten.");
      });
    }
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
        .getTaskDefinitionKey()).isEqualTo("supplementTopic");
  }

  @Test
  void oneTaskCompletedEightTimesAtOnceMovesTheTopicOnceAndTellsTheOthersWhy() throws Exception {
    Response submitted = HttpApi.basic(port, "ambtenaar", "ambtenaar").post(SUBMIT, form(topic()));
    String instance = submitted.json().get("id").asText();
    String reference = submitted.json().get("businessKey").asText();
    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    String task = tasks(secretary, instance).get(0).get("id").asText();
    // A double click, a portal's retry, two colleagues: the same completion at once.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Response>> completions = IntStream.range(0, 8).<Callable<Response>>mapToObj(i -> () ->
          secretary.post("/engine-rest/task/" + task + "/submit-form",
              form(Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke regels? (" + i + ")")))).toList();
      List<Response> responses = pool.invokeAll(completions).stream().map(IntakeHttpTest::get).toList();
      // They wait for each other on the task's row: one completes it, the others find it gone.
      assertThat(responses).filteredOn(response -> response.status() == 204).hasSize(1);
      assertThat(responses).filteredOn(response -> response.status() != 204).hasSize(7).allSatisfy(response -> {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).startsWith("Deze taak bestaat niet meer");
      });
    } finally {
      pool.shutdownNow();
    }
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance).list())
        .singleElement().satisfies(supplement -> assertThat(supplement.getTaskDefinitionKey()).isEqualTo("supplementTopic"));
    // The receipt's mail process and one for the request to supplement: the others left nothing.
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("topicMail")
        .processInstanceBusinessKey(reference).count()).isEqualTo(2);
  }

  @Test
  void invalidSubmissionsAreRefusedNamingTheFieldAndCreateNothing() throws Exception {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    Integer numberBefore = lastNumber();
    Map<String, Object> changes = Map.of("title", "x", "description", "", "municipality", "A", "source", "NOS",
        "theme", "ONBEKEND", "smallMunicipalityImpact", "SOMS", "membersAffected", 3, "coveredElsewhere", "MISSCHIEN",
        "requestedRole", "ALLES", "influenceDeadline", "2020-01-01");
    for (var change : changes.entrySet()) {
      Map<String, Object> values = topic();
      values.put(change.getKey(), change.getValue());
      Response refused = official.post(SUBMIT, form(values));
      assertThat(refused.status()).as(change.getKey()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).as(change.getKey()).contains("'" + change.getKey() + "'");
    }
    // Text, but with a control character: PostgreSQL cannot store a NUL, and failed the submission
    // with 500 after it had taken its reference.
    for (var unprintable : Map.of("title", "Nul\u0000teken", "description", "Bel\u0007", "municipality",
        "Esc\u001b[31m").entrySet()) {
      Map<String, Object> values = topic();
      values.put(unprintable.getKey(), unprintable.getValue());
      Response refused = official.post(SUBMIT, form(values));
      assertThat(refused.status()).as(unprintable.getKey()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).as(unprintable.getKey())
          .contains("'" + unprintable.getKey() + "'", "stuurtekens");
    }
    // Half of a character (a lone surrogate, only possible as a JSON escape): PostgreSQL stored a '?'.
    Map<String, Object> halfCharacter = topic();
    halfCharacter.put("title", "TITEL");
    String json = new ObjectMapper().writeValueAsString(form(halfCharacter));
    Response half = official.post(SUBMIT, json.replace("TITEL", "Los \\ud800 half"));
    assertThat(half.status()).isEqualTo(400);
    assertThat(half.json().get("message").asText()).contains("'title'");
    Map<String, Object> missingTitle = topic();
    missingTitle.remove("title");
    assertThat(official.post(SUBMIT, form(missingTitle)).status()).isEqualTo(400);
    Response viaStart = official.post("/engine-rest/process-definition/key/topicIntake/start", form(missingTitle));
    assertThat(viaStart.status()).isEqualTo(400);
    assertThat(viaStart.json().get("message").asText()).contains("'title'");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(lastNumber()).isEqualTo(numberBefore);
  }

  @Test
  void aBodyThatIsNoJsonOrOfTheWrongShapeIsRefusedSayingWhere() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    Map<String, String> expected = Map.of(
        "{\"variables\": {\"title\": ]", "geen geldige JSON (regel 1, kolom 25)",
        "nee", "geen geldige JSON",
        "{\"variables\": \"titel\"}", "'variables'",
        "{\"variables\": {\"title\": [\"titel\"]}}", "'variables.title'",
        "[]", "als geheel");
    expected.forEach((body, saying) -> {
      Response refused = official.post(SUBMIT, body);
      assertThat(refused.status()).as(body).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).as(body).contains(saying);
    });
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void theLongestTextsTheContractAllowsAreKeptWhole() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    Map<String, Object> values = topic();
    // Whole characters of every plane, line breaks and tabs are text (only control characters are not).
    String description = ("Lange toelichting.\tÉén 🏘️ per regel.\r\n").repeat(200).substring(0, 4998) + "🏘";
    values.put("description", description);
    // A portfolio of its own: the other tests count the running topics of Wonen.
    values.put("theme", "NABIJHEID");
    Response submitted = official.post(SUBMIT, form(values));
    assertThat(submitted.status()).isEqualTo(200);
    String instance = submitted.json().get("id").asText();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("description").singleResult().getValue()).isEqualTo(description);

    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    secretary.post("/engine-rest/task/" + tasks(secretary, instance).get(0).get("id").asText() + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET")));
    HttpApi holder = HttpApi.basic(port, "ph-nabijheid", "ph-nabijheid");
    String plan = description.replace("toelichting", "aanpakregel");
    assertThat(holder.post("/engine-rest/task/" + tasks(holder, instance).get(0).get("id").asText() + "/submit-form",
        form(Map.of("approachPlan", plan))).status()).isEqualTo(204);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("approachPlan").singleResult().getValue()).isEqualTo(plan);
    assertThat(holder.get("/engine-rest/task/" + tasks(holder, instance).get(0).get("id").asText()
        + "/variables/approachPlan").json().get("type").asText()).isEqualTo("String");
  }

  @Test
  void twentyParallelSubmissionsGetTwentyDistinctReferences() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Response>> submissions = IntStream.range(0, 20).<Callable<Response>>mapToObj(i ->
          () -> HttpApi.basic(port, "ambtenaar", "ambtenaar").post(SUBMIT, form(topic()))).toList();
      List<Response> responses = pool.invokeAll(submissions).stream().map(IntakeHttpTest::get).toList();
      assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
      Set<String> references = responses.stream().map(r -> r.json().get("businessKey").asText())
          .collect(Collectors.toSet());
      assertThat(references).hasSize(20).allMatch(reference -> reference.matches("K80-\\d{4}-\\d{4}"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachRoleCanLoadTheCamundaFormOfWhatItWorksOn() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    Response startForm = official.get("/engine-rest/process-definition/key/topicIntake/deployed-start-form");
    assertThat(startForm.status()).isEqualTo(200);
    assertThat(startForm.json().get("id").asText()).isEqualTo("topicSubmission");
    assertThat(startForm.json().findValuesAsText("key")).containsAll(List.of("title", "description", "municipality",
        "source", "theme", "smallMunicipalityImpact", "membersAffected", "coveredElsewhere", "requestedRole",
        "influenceDeadline"));

    String instance = official.post(SUBMIT, form(topic())).json().get("id").asText();
    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    String screening = tasks(secretary, instance).get(0).get("id").asText();
    Response screeningForm = secretary.get("/engine-rest/task/" + screening + "/deployed-form");
    assertThat(screeningForm.status()).isEqualTo(200);
    assertThat(screeningForm.json().get("id").asText()).isEqualTo("screenTopic");
    secretary.post("/engine-rest/task/" + screening + "/submit-form", form(Map.of("screeningOutcome", "COMPLEET")));

    HttpApi wonen = HttpApi.basic(port, "ph-wonen", "ph-wonen");
    String plan = tasks(wonen, instance).get(0).get("id").asText();
    Response planForm = wonen.get("/engine-rest/task/" + plan + "/deployed-form");
    assertThat(planForm.status()).isEqualTo(200);
    assertThat(planForm.json().get("id").asText()).isEqualTo("planTopic");
  }

  @Test
  void theBoardReviewsEachDecisionWithItsInputsAndOutputsInCockpit() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    String instance = official.post(SUBMIT, form(topic())).json().get("id").asText();
    HttpApi secretary = HttpApi.basic(port, "secretaris", "secretaris");
    secretary.post("/engine-rest/task/" + tasks(secretary, instance).get(0).get("id").asText() + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET")));

    // The board member's Cockpit session, calling the API Cockpit's decision view calls.
    HttpApi cockpit = HttpApi.webappSession(port, "voorzitter", "voorzitter", "cockpit");
    String decisions = "/camunda/api/engine/engine/default/history/decision-instance?processInstanceId=" + instance
        + "&decisionDefinitionKey=topicAssessment&includeInputs=true&includeOutputs=true";
    Response seen = cockpit.get(decisions);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.json()).hasSize(1);
    JsonNode decision = seen.json().get(0);
    assertThat(decision.get("inputs").findValuesAsText("clauseName")).contains("Thema", "Relevantiescore",
        "Lopende thema's in de portefeuille");
    assertThat(decision.get("outputs").findValuesAsText("value")).contains("OPPAKKEN", "portefeuille-wonen");
    Response xml = cockpit.get("/camunda/api/engine/engine/default/decision-definition/"
        + decision.get("decisionDefinitionId").asText() + "/xml");
    assertThat(xml.status()).isEqualTo(200);

    assertThat(official.get("/engine-rest/history/decision-instance?processInstanceId=" + instance).json()).isEmpty();
  }

  @Test
  void otherRolesMayNotSubmitTopics() {
    Response refused = HttpApi.basic(port, "ph-wonen", "ph-wonen").post(SUBMIT, form(topic()));
    assertThat(refused.status()).isEqualTo(403);
  }

  private Integer lastNumber() {
    return jdbc.query("SELECT MAX(last_number) FROM k80_reference_counter", rs -> rs.next() ? rs.getObject(1, Integer.class) : null);
  }

  private static Response get(Future<Response> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
