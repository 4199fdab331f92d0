package nl.k80.wendbaar.framework;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.assessment.ParsedFeelCache;
import nl.k80.wendbaar.support.Eventually;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.TestUsers;
import nl.k80.wendbaar.support.RunningApp;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The network changes its own afwegingskader, over real HTTP as each role would: the secretariat
 * proposes (nobody else may), a broken candidate goes back with reasons, the board reads the what-if
 * (counted here independently and by hand) and approves, the application deploys, the board and the
 * secretariat get a mail, the next topic is assessed by the new version while earlier ones keep
 * theirs, and a restart of the application keeps the approved version. An app and a database of its
 * own: the approved version must not reach other test classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameworkChangeHttpTest {

  static final String START = "/engine-rest/process-definition/key/frameworkChange/start";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @TempDir
  static Path data;

  RunningApp app;
  final Map<String, String> seeded = new HashMap<>();

  @BeforeAll
  void startAndSeedAssessedTopics() {
    app = start();
    // Scores by the contract: WONEN 3, SPECIFIEK 3, MEESTE 2 / DEEL 1, NEE 2 / JA 0, no deadline 0.
    seeded.put(assessed("Energiecongestie", Map.of()), "OPPAKKEN");                         // 10
    seeded.put(assessed("Woningdelen", Map.of("membersAffected", "DEEL", "coveredElsewhere", "JA")), "VOLGEN"); // 7
    seeded.put(assessed("Lokale lasten", Map.of("theme", "FINANCIEN", "membersAffected", "DEEL",
        "coveredElsewhere", "JA")), "VOLGEN");                                                // 7
    seeded.put(assessed("Afvalinzameling", Map.of("smallMunicipalityImpact", "NIET")), "NIET_OPPAKKEN");
  }

  @AfterAll
  void stop() {
    app.close();
  }

  RunningApp start() {
    return RunningApp.start("demo", Map.of(
        "spring.datasource.url", "jdbc:h2:file:" + data.resolve("k80").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
        "spring.mail.port", String.valueOf(ServerSetupTest.SMTP.getPort()),
        "camunda.bpm.job-execution.wait-time-in-millis", "200", "camunda.bpm.job-execution.max-wait", "1000"));
  }

  HttpApi as(String user) {
    return app.as(user);
  }

  ProcessEngine engine() {
    return app.engine();
  }

  String assessed(String title, Map<String, Object> changes) {
    Map<String, Object> values = topic();
    values.put("title", title);
    values.putAll(changes);
    HttpApi.Response submitted = as("ambtenaar").post(SUBMIT, form(values));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String reference = submitted.json().get("businessKey").asText();
    Task screening = engine().getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    HttpApi.Response screened = as("secretaris").post("/engine-rest/task/" + screening.getId() + "/complete",
        form(Map.of("screeningOutcome", "COMPLEET")));
    assertThat(screened.status()).as(screened.body()).isEqualTo(204);
    return reference;
  }

  static Map<String, Object> proposal(String dmn, String filename, String motivation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FrameworkChange.CANDIDATE, Map.of("type", "File",
        "value", Base64.getEncoder().encodeToString(Candidates.bytes(dmn)),
        "valueInfo", Map.of("filename", filename, "mimetype", "application/xml")));
    if (motivation != null) {
      variables.put(FrameworkChange.MOTIVATION, Map.of("value", motivation));
    }
    return variables;
  }

  String propose(String user, String dmn) {
    HttpApi.Response started = as(user).post(START, Map.of("variables",
        proposal(dmn, "afwegingskader.dmn", "Meer thema's oppakken: vanaf 7 punten.")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  Task waitForTask(String processInstanceId, String taskKey) {
    return Eventually.value(() -> engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult());
  }

  int newestVersion() {
    return newest().getVersion();
  }

  DecisionDefinition newest() {
    return engine().getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(FrameworkChange.ASSESSMENT).latestVersion().singleResult();
  }

  Object historicVariable(String processInstanceId, String name) {
    var variable = engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  @Test
  @Order(1)
  void onlyTheSecretariatAndAdministratorsMayProposeAndBadProposalsAreRefusedNamingTheField() {
    for (String user : List.of("ambtenaar", "voorzitter", "ph-wonen")) {
      HttpApi.Response refused = as(user).post(START, Map.of("variables",
          proposal(Candidates.takeUpFromSeven(), "kader.dmn", "Waarom niet.")));
      // Without the right to read the process, Camunda answers as if it did not exist.
      assertThat(refused.status()).as(user + ": " + refused.body()).isIn(403, 404);
    }
    HttpApi.Response noDmn = as("secretaris").post(START, Map.of("variables",
        proposal(Candidates.shipped(), "kader.txt", "Motivering.")));
    assertThat(noDmn.status()).isEqualTo(400);
    assertThat(noDmn.body()).contains("candidateDmn").contains(".dmn");
    HttpApi.Response noMotivation = as("secretaris").post(START, Map.of("variables",
        proposal(Candidates.shipped(), "kader.dmn", null)));
    assertThat(noMotivation.status()).isEqualTo(400);
    assertThat(noMotivation.body()).contains("changeMotivation");
    String large = Candidates.shipped().replace("<definitions ",
        "<!-- " + "x".repeat(1024 * 1024) + " --><definitions ");
    HttpApi.Response tooLarge = as("secretaris").post(START, Map.of("variables", proposal(large, "kader.dmn", "M.")));
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("candidateDmn").contains("1 MB");
    Map<String, Object> extra = proposal(Candidates.shipped(), "kader.dmn", "Motivering.");
    extra.put(FrameworkChange.DEPLOYED_VERSION, Map.of("value", 9));
    HttpApi.Response forged = as("secretaris").post(START, Map.of("variables", extra));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("deployedVersion");
    assertThat(engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FrameworkChange.PROCESS)
        .count()).isZero();
    // The secretariat may create process instances for this process only, not the others.
    long running = engine().getRuntimeService().createProcessInstanceQuery().count();
    for (String process : List.of("topicIntake", "topicMail", "semiannualReport")) {
      HttpApi.Response other = as("secretaris").post("/engine-rest/process-definition/key/" + process + "/start",
          Map.of("variables", Map.of()));
      assertThat(other.status()).as(process + ": " + other.body()).isIn(403, 404);
    }
    assertThat(engine().getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(running);
  }

  @Test
  @Order(2)
  void aBrokenCandidateGoesBackToTheProposerWithTheReasonsAndCanBeWithdrawn() {
    String broken = Candidates.shipped().replace("<text>coveredElsewhere</text>", "<text>elders</text>");
    String proposal = propose("secretaris", broken);
    Task revise = waitForTask(proposal, FrameworkChange.REVISE);
    assertThat(revise.getAssignee()).isEqualTo("secretaris");
    assertThat((String) historicVariable(proposal, FrameworkChange.CHECK_FINDINGS))
        .contains("invoerkolom 4").contains("verwacht invoer 'coveredElsewhere'");
    // A new version is required to resubmit; the next one is checked again and found broken too.
    HttpApi.Response noFile = as("secretaris").post("/engine-rest/task/" + revise.getId() + "/complete",
        form(Map.of("revision", "OPNIEUW_INDIENEN")));
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.body()).contains("candidateDmn");
    Map<String, Object> resubmission = proposal(Candidates.shipped().replace("name=\"motivation\"",
        "name=\"motivering\""), "kader-2.dmn", "Tweede poging.");
    resubmission.put(FrameworkChange.REVISION, Map.of("value", "OPNIEUW_INDIENEN"));
    assertThat(as("secretaris").post("/engine-rest/task/" + revise.getId() + "/complete",
        Map.of("variables", resubmission)).status()).isEqualTo(204);
    revise = Eventually.value(() -> engine().getTaskService().createTaskQuery().processInstanceId(proposal)
        .taskDefinitionKey(FrameworkChange.REVISE).singleResult());
    assertThat((String) engine().getRuntimeService().getVariable(proposal, FrameworkChange.CHECK_FINDINGS))
        .contains("uitvoer [decision, motivering, portfolioGroup, relevanceScore]");
    // Nobody writes what the process found: not beside the step, not by resolving the task.
    assertThat(as("secretaris").put("/engine-rest/process-instance/" + proposal + "/variables/checkPassed",
        Map.of("value", true)).status()).isIn(400, 403);
    assertThat(as("secretaris").post("/engine-rest/task/" + revise.getId() + "/resolve",
        form(Map.of("checkPassed", true))).status()).isIn(400, 403);
    assertThat(engine().getRuntimeService().getVariable(proposal, FrameworkChange.CHECK_PASSED)).isEqualTo(false);
    // The board cannot work on it; the proposer withdraws.
    assertThat(as("voorzitter").post("/engine-rest/task/" + revise.getId() + "/complete",
        form(Map.of("revision", "INTREKKEN"))).status()).isIn(403, 404);
    assertThat(as("secretaris").post("/engine-rest/task/" + revise.getId() + "/complete",
        form(Map.of("revision", "INTREKKEN"))).status()).isEqualTo(204);
    assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(proposal)
        .activityId("proposalWithdrawn").count()).isEqualTo(1);
    assertThat(newestVersion()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void aCandidateThatWouldRunCodeOnTheServerGoesBackUnevaluated(@TempDir Path dir) {
    // A motivation in JUEL that runs a command: before the check refused other languages, the check
    // itself ran it (as the engine, thousands of times) and the candidate passed.
    Path ran = dir.resolve("uitgevoerd");
    String juel = Candidates.inRule(Candidates.shipped(), "Rule_27", "<outputEntry>\n          "
        + CandidateCheckTest.MOTIVATION_OF_RULE_6, "<outputEntry expressionLanguage=\"juel\">\n          <text>"
        + "${theme.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + ran
        + "').waitFor()}</text>");
    String proposal = propose("secretaris", juel);
    Task revise = waitForTask(proposal, FrameworkChange.REVISE);
    assertThat((String) historicVariable(proposal, FrameworkChange.CHECK_FINDINGS))
        .contains("expressietaal 'juel'").contains("alleen FEEL");
    assertThat(ran).doesNotExist();
    assertThat(as("secretaris").post("/engine-rest/task/" + revise.getId() + "/complete",
        form(Map.of("revision", "INTREKKEN"))).status()).isEqualTo(204);
    assertThat(newestVersion()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void theBoardReadsTheWhatIfApprovesAndTheNextTopicIsAssessedByTheNewVersion() throws Exception {
    String proposal = propose("secretaris", Candidates.takeUpFromSeven());
    Task approve = waitForTask(proposal, FrameworkChange.APPROVE);

    // By hand: the two topics scoring 7 were watched and would now be taken up; the others stay.
    assertThat(historicVariable(proposal, FrameworkChange.WHAT_IF_CHANGED_TOPICS)).isEqualTo(2);
    JsonNode whatIf = as("voorzitter").get("/engine-rest/process-instance/" + proposal
        + "/variables/whatIf?deserializeValue=false").json();
    assertThat(whatIf.get("type").asText()).as(whatIf.toString()).isEqualTo("Json");
    JsonNode value = new ObjectMapper().readTree(whatIf.get("value").asText());
    assertThat(value.get("assessedTopics").asInt()).isEqualTo(4);
    assertThat(value.get("before").get("VOLGEN").asInt()).isEqualTo(2);
    assertThat(value.get("before").get("OPPAKKEN").asInt()).isEqualTo(1);
    assertThat(value.get("after").get("VOLGEN").asInt()).isZero();
    assertThat(value.get("after").get("OPPAKKEN").asInt()).isEqualTo(3);
    assertThat(value.get("after").get("NIET_OPPAKKEN").asInt()).isEqualTo(1);
    List<String> changed = new ArrayList<>();
    value.get("changes").forEach(change -> {
      assertThat(change.get("from").asText()).isEqualTo("VOLGEN");
      assertThat(change.get("to").asText()).isEqualTo("OPPAKKEN");
      assertThat(change.get("assessedByVersion").asInt()).isEqualTo(1);
      changed.add(change.get("reference").asText());
    });
    assertThat(changed).containsExactlyInAnyOrderElementsOf(seeded.entrySet().stream()
        .filter(topic -> topic.getValue().equals("VOLGEN")).map(Map.Entry::getKey).toList());
    // Over the input space, against an independent count on a bare DMN engine.
    assertThat(value.get("changedCombinations").asInt()).isEqualTo(independentlyCountedChanges(3));
    int inRegions = 0;
    for (JsonNode region : value.get("regions")) {
      inRegions += region.get("combinations").asInt();
      assertThat(region.get("to").asText()).isEqualTo("OPPAKKEN");
      assertThat(region.get("conditions").toString()).contains("Relevantiescore (huidige versie)");
    }
    // Regions may overlap; together they cover every changed combination.
    assertThat(inRegions).isGreaterThanOrEqualTo(value.get("changedCombinations").asInt());
    assertThat(value.get("regions").toString()).contains("\"from\":\"VOLGEN\"").contains("\"from\":\"VOORLEGGEN_DB\"");

    // Nobody skips the board: moving the proposal to the deployment is refused, also for the board.
    Map<String, Object> skip = Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", "deployCandidate")));
    for (String user : List.of("secretaris", "voorzitter")) {
      assertThat(as(user).post("/engine-rest/process-instance/" + proposal + "/modification", skip).status())
          .as(user).isIn(400, 403);
    }
    assertThat(newestVersion()).isEqualTo(1);
    // Only the board judges it, with a motivation, and with nothing else.
    String complete = "/engine-rest/task/" + approve.getId() + "/complete";
    assertThat(as("secretaris").post(complete, form(Map.of("approval", "GOEDKEUREN", "approvalMotivation", "Ja.")))
        .status()).isIn(403, 404);
    assertThat(as("ambtenaar").post(complete, form(Map.of("approval", "GOEDKEUREN", "approvalMotivation", "Ja.")))
        .status()).isIn(403, 404);
    HttpApi.Response noMotivation = as("voorzitter").post(complete, form(Map.of("approval", "GOEDKEUREN")));
    assertThat(noMotivation.status()).isEqualTo(400);
    assertThat(noMotivation.body()).contains("approvalMotivation");
    HttpApi.Response forged = as("voorzitter").post(complete, form(Map.of("approval", "GOEDKEUREN",
        "approvalMotivation", "Ja.", "deployedVersion", 1)));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("deployedVersion");
    assertThat(as("voorzitter").post(complete, form(Map.of("approval", "GOEDKEUREN",
        "approvalMotivation", "Het netwerk wil wendbaarder zijn."))).status()).isEqualTo(204);

    assertThat(Eventually.value(() -> historicVariable(proposal, FrameworkChange.DEPLOYED_VERSION))).isEqualTo(2);
    assertThat(newestVersion()).isEqualTo(2);
    // The voorzitter, the portfolio holders in the board and the secretaris are told.
    assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).startsWith("[K80] Afwegingskader gewijzigd")).findFirst().orElseThrow();
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .contains("voorzitter@k80.example", "secretaris@k80.example", "ph-wonen@k80.example");

    // The next topic scoring 7 is taken up by version 2; the earlier ones keep version 1.
    String next = assessed("Woningdelen in de kernen", Map.of("membersAffected", "DEEL", "coveredElsewhere", "JA"));
    JsonNode mine = as("ambtenaar").get("/api/topics/mine").json();
    for (JsonNode item : mine) {
      String reference = item.get("reference").asText();
      if (reference.equals(next)) {
        assertThat(item.get("decision").asText()).isEqualTo("OPPAKKEN");
        assertThat(item.get("assessmentVersion").asInt()).isEqualTo(2);
      } else if (seeded.containsKey(reference)) {
        assertThat(item.get("assessmentVersion").asInt()).as(reference).isEqualTo(1);
      }
    }
  }

  @Test
  @Order(4)
  void aRejectedProposalChangesNothingAndNobodyJudgesTheirOwn() {
    // A board member who is in the secretariat too proposes; four eyes: somebody else judges it.
    TestUsers.create(engine().getIdentityService(), "secretaris-bestuur", "secretariaat", "dagelijks-bestuur");
    HttpApi proposer = HttpApi.basic(app.port(), "secretaris-bestuur", TestUsers.PASSWORD);
    HttpApi.Response started = proposer.post(START, Map.of("variables",
        proposal(Candidates.shipped(), "afwegingskader.dmn", "Terug naar 8 punten.")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String proposal = started.json().get("id").asText();
    Task approve = waitForTask(proposal, FrameworkChange.APPROVE);
    for (String judgement : List.of("GOEDKEUREN", "AFWIJZEN")) {
      HttpApi.Response own = proposer.post("/engine-rest/task/" + approve.getId() + "/complete",
          form(Map.of("approval", judgement, "approvalMotivation", "Mijn eigen voorstel.")));
      assertThat(own.status()).isEqualTo(400);
      assertThat(own.json().get("message").asText()).contains("'approval'", "niet zelf");
    }
    assertThat(engine().getTaskService().createTaskQuery().taskId(approve.getId()).count()).isOne();
    assertThat(as("voorzitter").post("/engine-rest/task/" + approve.getId() + "/complete",
        form(Map.of("approval", "AFWIJZEN", "approvalMotivation", "Terug naar 8 punten is te vroeg."))).status())
        .isEqualTo(204);
    assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(proposal)
        .activityId("proposalRejected").count()).isEqualTo(1);
    assertThat(newestVersion()).isEqualTo(2);
    engine().getIdentityService().deleteUser("secretaris-bestuur");
  }

  @Test
  @Order(5)
  void aRestartKeepsTheApprovedVersionAndAShippedFileNotSeenBeforeGoesToTheBoard() throws IOException {
    app.close();
    app = start();
    assertThat(newestVersion()).isEqualTo(2);
    try (InputStream deployed = engine().getRepositoryService().getResourceAsStream(newest().getDeploymentId(),
        newest().getResourceName())) {
      assertThat(new String(deployed.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Candidates.takeUpFromSeven());
    }
    long proposals = engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FrameworkChange.PROCESS).count();
    assertThat(proposals).isZero();

    // An upgrade shipping a file the application has not seen: proposed to the board, not deployed.
    app.context().getBean(JdbcTemplate.class).update("DELETE FROM k80_shipped_framework");
    app.close();
    app = start();
    assertThat(newestVersion()).isEqualTo(2);
    String shippedProposal = engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FrameworkChange.PROCESS).singleResult().getId();
    Task approve = waitForTask(shippedProposal, FrameworkChange.APPROVE);
    assertThat(approve.getName()).isEqualTo("Wijziging afwegingskader beoordelen");
    // Back to 8 points: only the topic version 2 took up with 7 would go elsewhere.
    assertThat(historicVariable(shippedProposal, FrameworkChange.WHAT_IF_CHANGED_TOPICS)).isEqualTo(1);
  }

  /** Changed decisions over the whole input space, counted on a bare DMN engine, no code of the checker. */
  static int independentlyCountedChanges(int max) {
    DmnEngine engine = ParsedFeelCache.dmnEngineConfiguration().buildEngine();
    DmnDecision before = engine.parseDecision(FrameworkChange.ASSESSMENT,
        new ByteArrayInputStream(Candidates.bytes(Candidates.shipped())));
    DmnDecision after = engine.parseDecision(FrameworkChange.ASSESSMENT,
        new ByteArrayInputStream(Candidates.bytes(Candidates.takeUpFromSeven())));
    int changed = 0;
    for (String theme : List.of("NABIJHEID", "VITALE_KERNEN", "WONEN", "SOCIAAL_DOMEIN", "LANDELIJK_GEBIED",
        "FINANCIEN", "WERKGEVERSCHAP", "OVERIG")) {
      for (String impact : List.of("SPECIFIEK", "ALGEMEEN", "NIET")) {
        for (String members : List.of("MEESTE", "DEEL", "ENKELE")) {
          for (String covered : List.of("NEE", "DEELS", "JA")) {
            for (int week = 0; week <= 28; week++) {
              for (int active = 0; active <= max + 1; active++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("theme", theme);
                variables.put("smallMunicipalityImpact", impact);
                variables.put("membersAffected", members);
                variables.put("coveredElsewhere", covered);
                variables.put("weeksToDeadline", week == 28 ? null : week);
                variables.put("activeTopicsInPortfolio", active);
                variables.put("maxActiveTopics", max);
                Object old = engine.evaluateDecision(before, variables).getSingleResult().getEntry("decision");
                Object now = engine.evaluateDecision(after, variables).getSingleResult().getEntry("decision");
                if (!old.equals(now)) {
                  changed++;
                }
              }
            }
          }
        }
      }
    }
    return changed;
  }

  static String subject(Message message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
