package nl.k80.wendbaar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.k80.wendbaar.assessment.DeriveAssessmentInputs;
import nl.k80.wendbaar.notification.MailEvent;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.followup.EscalateUnclaimedPlan;
import nl.k80.wendbaar.followup.RecordDecision;
import nl.k80.wendbaar.register.TopicRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of topicIntake on a plain engine with the real DMN, delegates and migrations. */
@Deployment(resources = {"processes/intake/topicIntake.bpmn", "decisions/topicAssessment.dmn"})
class TopicIntakeProcessTest {

  /**
   * Fails the build unless every flow node and sequence flow of topicIntake is covered. Its
   * configuration is not named camunda.cfg.xml: ProcessEngines.init(), which the REST API's engine
   * lookup may call, would build a second "default" engine from that name in other tests.
   */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  ProcessEngine engine;
  RecordedMails mails;
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    // The assert library keeps its engine in a ThreadLocal: always this class's engine.
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(atTen(TODAY));
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    Flyway.configure().dataSource(dataSource).table("k80_schema_history").baselineOnMigrate(true)
        .baselineVersion("0").load().migrate();
    IntakeProperties periods = new IntakeProperties();
    periods.setSupplementTimeout("P14D");
    periods.setPlanReminder("P5D");
    periods.setPlanEscalation("P14D");
    periods.setWatchPeriod("P3M");
    Mocks.register("intakeProperties", periods);
    mails = new RecordedMails(engine);
    Mocks.register("topicMail", mails);
    ensureUser("ambtenaar", "ambtenaren");
    ensureUser("secretaris", "secretariaat");
    ensureUser("ph-wonen", "portefeuille-wonen");
    ensureUser("voorzitter", "dagelijks-bestuur");
    Mocks.register("validateSubmission", new ValidateSubmission());
    Mocks.register("validateTaskCompletion", new ValidateTaskCompletion(engine.getHistoryService()));
    Mocks.register("assignReference", new AssignReference(new ReferenceNumbers(dataSource)));
    jdbc = new JdbcTemplate(dataSource);
    TopicRegister register = new TopicRegister(jdbc);
    Mocks.register("deriveAssessmentInputs", new DeriveAssessmentInputs(register, engine.getRepositoryService(),
        assessment()));
    Mocks.register("recordDecision", new RecordDecision());
    Mocks.register("topicRegister", register);
    Mocks.register("escalateUnclaimedPlan", new EscalateUnclaimedPlan(engine.getTaskService(), mails));
  }

  static AssessmentProperties assessment() {
    AssessmentProperties assessment = new AssessmentProperties();
    assessment.setMaxActiveTopics(3);
    return assessment;
  }

  void ensureUser(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setEmail(id + "@k80.example");
      identity.saveUser(user);
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(id, group);
    }
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** 10:00 Dutch winter time on that day: "now" in these tests, and what timers are measured against. */
  static Date atTen(LocalDate day) {
    return Date.from(day.atTime(10, 0).toInstant(ZoneOffset.ofHours(1)));
  }

  static Map<String, Object> topic(String theme, String impact, String members, String covered) {
    Map<String, Object> topic = new HashMap<>(Map.of("title", "Woningbouw in kleine kernen",
        "description", "Nieuwe regels maken woningbouw in kleine kernen lastig.", "municipality", "Wijdemeren",
        "source", "RIJK", "theme", theme, "smallMunicipalityImpact", impact, "membersAffected", members,
        "coveredElsewhere", covered, "requestedRole", "LOBBY"));
    topic.put("submitter", "ambtenaar");
    return topic;
  }

  ProcessInstance submit(Map<String, Object> topic) {
    return engine.getRuntimeService().startProcessInstanceByKey("topicIntake", topic);
  }

  ProcessInstance submitAndScreen(Map<String, Object> topic) {
    ProcessInstance instance = submit(topic);
    assertThat(instance).isWaitingAt("screenTopic");
    complete(task(instance), withVariables("screeningOutcome", "COMPLEET"));
    return instance;
  }

  /** The topic's row in the register that report and dashboard read. */
  Map<String, Object> registered(ProcessInstance instance) {
    return jdbc.queryForMap("SELECT * FROM k80_topic WHERE reference = ?", instance.getBusinessKey());
  }

  Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }

  @Test
  void coverageIsMeasuredByThisEngine() {
    // Without this configuration the coverage threshold above is silently not applied.
    assertThat(engine.getProcessEngineConfiguration()).isInstanceOf(ProcessCoverageInMemProcessEngineConfiguration.class);
  }

  @Test
  void aSubmissionGetsAReferenceAndGoesToTheSecretariat() {
    ProcessInstance first = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    ProcessInstance second = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    String firstReference = (String) engine.getRuntimeService().getVariable(first.getId(), "reference");
    assertThat(firstReference).matches("K80-2026-\\d{4}");
    assertThat(first.getBusinessKey()).isEqualTo(firstReference);
    int number = Integer.parseInt(firstReference.substring(9));
    assertThat(second.getBusinessKey()).isEqualTo(String.format("K80-2026-%04d", number + 1));
    assertThat(first).isWaitingAt("screenTopic").task().hasCandidateGroup("secretariaat")
        .hasName("Screenen " + firstReference + ": Woningbouw in kleine kernen");
    assertThat(registered(first)).containsEntry("PROCESS_INSTANCE_ID", first.getId())
        .containsEntry("TITLE", "Woningbouw in kleine kernen").containsEntry("THEME", "WONEN")
        .containsEntry("STATUS", "IN_SCREENING").containsEntry("FINAL_DECISION", null);
  }

  @Test
  void anInvalidSubmissionCreatesNothingAndConsumesNoReference() {
    ProcessInstance before = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    Map<String, Object> invalid = topic("WONEN", "SPECIFIEK", "MEESTE", "NEE");
    invalid.put("title", "ab");
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> submit(invalid)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'title'");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    ProcessInstance after = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    int numberBefore = Integer.parseInt(before.getBusinessKey().substring(9));
    assertThat(after.getBusinessKey()).isEqualTo(String.format("K80-2026-%04d", numberBefore + 1));
  }

  @Test
  void takenUpTopicsArePlannedAndExecutedByThePortfolio() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    assertThat(instance).isWaitingAt("planTopic").task().hasCandidateGroup("portefeuille-wonen");
    assertThat(instance).variables().containsEntry("decision", "OPPAKKEN").containsEntry("finalDecision", "OPPAKKEN")
        .containsEntry("decidedBy", "AFWEGINGSKADER").containsEntry("relevanceScore", 10)
        .containsEntry("portfolioGroup", "portefeuille-wonen").doesNotContainKey("assessment");
    assertThat(registered(instance)).containsEntry("STATUS", "IN_PLANNING").containsEntry("FINAL_DECISION", "OPPAKKEN")
        .containsEntry("PORTFOLIO_GROUP", "portefeuille-wonen").containsEntry("DAYS_TO_DECISION", 0);
    complete(task(instance), withVariables("approachPlan", "Lobby richting BZK"));
    assertThat(instance).isWaitingAt("executeTopic").task().hasCandidateGroup("portefeuille-wonen");
    assertThat(registered(instance)).containsEntry("STATUS", "IN_UITVOERING");
    ClockUtil.setCurrentTime(atTen(TODAY.plusDays(40)));
    assertThatThrownBy(() -> complete(task(instance), withVariables("resultSummary", " ")))
        .hasMessageContaining("'resultSummary'");
    complete(task(instance), withVariables("resultSummary", "Regels aangepast"));
    assertThat(instance).isEnded().hasPassed("topicCompleted");
    assertThat(registered(instance)).containsEntry("STATUS", "AFGEROND").containsEntry("DAYS_TO_COMPLETION", 40);
    assertThat(registered(instance).get("CLOSED_AT")).isNotNull().isEqualTo(registered(instance).get("COMPLETED_AT"));
    assertThat(mails.eventsFor(instance.getBusinessKey())).containsExactly(MailEvent.ACCEPTED, MailEvent.TASK_ROUTED,
        MailEvent.DECIDED, MailEvent.TASK_ROUTED, MailEvent.TASK_ROUTED, MailEvent.COMPLETED);
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.ACCEPTED)).containsExactly("ambtenaar@k80.example");
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.TASK_ROUTED)).containsExactly("ph-wonen@k80.example");
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.COMPLETED)).containsExactly("ambtenaar@k80.example");
  }

  @Test
  void joiningAPartner() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "ALGEMEEN", "MEESTE", "JA"));
    assertThat(instance).isWaitingAt("joinPartner").task().hasCandidateGroup("portefeuille-wonen");
    assertThatThrownBy(() -> complete(task(instance), withVariables("partner", "VNG")))
        .hasMessageContaining("'partnerApproach'");
    complete(task(instance), withVariables("partner", "VNG", "partnerApproach", "Meedoen in de werkgroep"));
    assertThat(instance).isEnded().hasPassed("joinedPartner");
    assertThat(registered(instance)).containsEntry("STATUS", "AANGESLOTEN").containsEntry("DAYS_TO_COMPLETION", 0);
  }

  @Test
  void declinedTopicsEnd() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "NIET", "MEESTE", "NEE"));
    assertThat(instance).isEnded().hasPassed("notTakenUp").variables()
        .containsEntry("finalDecision", "NIET_OPPAKKEN");
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("motivation").singleResult().getValue())
        .contains("raakt kleine gemeenten niet");
    assertThat(registered(instance)).containsEntry("STATUS", "NIET_OPGEPAKT").containsEntry("COMPLETED_AT", null);
    assertThat(registered(instance).get("CLOSED_AT")).isNotNull();
    assertThat((String) registered(instance).get("MOTIVATION")).contains("raakt kleine gemeenten niet");
  }

  @Test
  void watchedTopicsAreReassessedAfterTheWatchPeriodAndDecidedAgain() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "SPECIFIEK", "ENKELE", "JA"));
    assertThat(instance).isWaitingAt("watchPeriod").variables().containsEntry("finalDecision", "VOLGEN");
    Job watch = timer(instance, "watchPeriod");
    assertThat(watch.getDuedate()).isEqualTo(atTen(TODAY.plusMonths(3)));
    assertThat(registered(instance)).containsEntry("STATUS", "GEVOLGD").containsEntry("ASSESSMENT_VERSION", 1);
    assertThat(((OffsetDateTime) registered(instance).get("REASSESS_AT")).toInstant())
        .isEqualTo(watch.getDuedate().toInstant());
    ClockUtil.setCurrentTime(watch.getDuedate());
    engine.getManagementService().executeJob(watch.getId());
    assertThat(instance).isWaitingAt("reassessTopic").task().hasCandidateGroup("secretariaat");
    complete(task(instance), withVariables("membersAffected", "MEESTE", "coveredElsewhere", "NEE"));
    assertThat(instance).isWaitingAt("planTopic").variables().containsEntry("finalDecision", "OPPAKKEN")
        .containsEntry("relevanceScore", 10);
    // The lead time to a decision counts to the first decision; the new one restarts the work.
    assertThat(registered(instance)).containsEntry("STATUS", "IN_PLANNING").containsEntry("DAYS_TO_DECISION", 0)
        .containsEntry("REASSESS_AT", null);
    assertThat(registered(instance).get("DECIDED_AT")).isNotEqualTo(registered(instance).get("FIRST_DECIDED_AT"));
  }

  @Test
  void aDeadlineThatPassedWhileTheTopicWasWatchedIsClearedAtItsReassessment() {
    Map<String, Object> topic = topic("WONEN", "SPECIFIEK", "ENKELE", "JA");
    String deadline = TODAY.plusWeeks(7).toString();
    topic.put("influenceDeadline", deadline);
    ProcessInstance instance = submitAndScreen(topic);
    assertThat(instance).isWaitingAt("watchPeriod").variables().containsEntry("weeksToDeadline", 7)
        .containsEntry("relevanceScore", 7);
    Job watch = timer(instance, "watchPeriod");
    ClockUtil.setCurrentTime(watch.getDuedate());
    engine.getManagementService().executeJob(watch.getId());

    // Tasklist sends the form as it stands, with the deadline that has passed meanwhile.
    assertThatThrownBy(() -> complete(task(instance), withVariables("influenceDeadline", deadline)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'influenceDeadline'")
        .hasMessageContaining("is de termijn voorbij, maak het veld dan leeg");
    assertThat(instance).isWaitingAt("reassessTopic");
    complete(task(instance), withVariables("influenceDeadline", ""));
    assertThat(instance).isWaitingAt("watchPeriod").variables().doesNotContainKey("influenceDeadline")
        .containsEntry("weeksToDeadline", null).containsEntry("relevanceScore", 6);
  }

  @ParameterizedTest(name = "board decides {0}")
  @CsvSource({"OPPAKKEN, planTopic", "AANSLUITEN, joinPartner", "VOLGEN, watchPeriod", "NIET_OPPAKKEN, notTakenUp"})
  void theBoardDecidesWhatIsPutBeforeIt(String boardDecision, String next) {
    ProcessInstance instance = submitAndScreen(topic("OVERIG", "SPECIFIEK", "MEESTE", "NEE"));
    assertThat(instance).isWaitingAt("boardDecision").task().hasCandidateGroup("dagelijks-bestuur");
    assertThat(instance).variables().containsEntry("decision", "VOORLEGGEN_DB").containsEntry("relevanceScore", 7);
    assertThat(registered(instance)).containsEntry("STATUS", "BIJ_BESTUUR").containsEntry("FINAL_DECISION", null);
    assertThatThrownBy(() -> complete(task(instance), withVariables("boardDecision", boardDecision)))
        .hasMessageContaining("'boardMotivation'");
    complete(task(instance), withVariables("boardDecision", boardDecision, "boardMotivation", "Past bij de agenda",
        "boardPortfolioGroup", "portefeuille-financien"));
    assertThat(instance).variables().containsEntry("finalDecision", boardDecision)
        .containsEntry("decidedBy", "DAGELIJKS_BESTUUR").containsEntry("portfolioGroup", "portefeuille-financien");
    assertThat(registered(instance)).containsEntry("FINAL_DECISION", boardDecision)
        .containsEntry("DECIDED_BY", "DAGELIJKS_BESTUUR").containsEntry("MOTIVATION", "Past bij de agenda")
        .containsEntry("BOARD_MOTIVATION", "Past bij de agenda").containsEntry("PORTFOLIO_GROUP", "portefeuille-financien");
    // The board weighs the framework's advice: that motivation stays readable beside the board's.
    assertThat((String) registered(instance).get("FRAMEWORK_MOTIVATION")).startsWith("Voorleggen aan het Dagelijks Bestuur");
    assertThat(mails.eventsFor(instance.getBusinessKey())).containsSubsequence(MailEvent.TASK_ROUTED, MailEvent.DECIDED);
    if (next.equals("notTakenUp")) {
      assertThat(instance).isEnded().hasPassed(next);
    } else {
      assertThat(instance).isWaitingAt(next);
    }
    if (next.equals("planTopic")) {
      assertThat(instance).task().hasCandidateGroup("portefeuille-financien");
    }
  }

  @Test
  void aFullPortfolioPutsAVeryRelevantTopicBeforeTheBoard() {
    List<ProcessInstance> planned = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      planned.add(submitAndScreen(topic("VITALE_KERNEN", "SPECIFIEK", "MEESTE", "NEE")));
      assertThat(planned.get(i)).isWaitingAt("planTopic");
    }
    ProcessInstance fourth = submitAndScreen(topic("VITALE_KERNEN", "SPECIFIEK", "MEESTE", "NEE"));
    assertThat(fourth).isWaitingAt("boardDecision").variables().containsEntry("activeTopicsInPortfolio", 3)
        .containsEntry("maxActiveTopics", 3);

    // In execution it still counts; completed, it no longer does.
    complete(task(planned.get(0)), withVariables("approachPlan", "Lobby richting BZK"));
    assertThat(submitAndScreen(topic("VITALE_KERNEN", "SPECIFIEK", "MEESTE", "NEE"))).isWaitingAt("boardDecision")
        .variables().containsEntry("activeTopicsInPortfolio", 3);
    complete(task(planned.get(0)), withVariables("resultSummary", "Regels aangepast"));
    assertThat(submitAndScreen(topic("VITALE_KERNEN", "SPECIFIEK", "MEESTE", "NEE"))).isWaitingAt("planTopic")
        .variables().containsEntry("activeTopicsInPortfolio", 2);
  }

  @Test
  void aNearDeadlineCountsInWeeksAndPutsARelevantTopicBeforeTheBoard() {
    Map<String, Object> urgent = topic("WONEN", "SPECIFIEK", "ENKELE", "JA");
    urgent.put("influenceDeadline", TODAY.plusDays(34).toString());
    ProcessInstance instance = submitAndScreen(urgent);
    assertThat(instance).isWaitingAt("boardDecision").variables().containsEntry("weeksToDeadline", 4)
        .containsEntry("relevanceScore", 7);
  }

  @Test
  void aDeadlineInThePastIsRefused() {
    Map<String, Object> late = topic("WONEN", "SPECIFIEK", "ENKELE", "JA");
    late.put("influenceDeadline", TODAY.minusDays(1).toString());
    assertThatThrownBy(() -> submit(late)).hasMessageContaining("'influenceDeadline'");
  }

  @Test
  void theSubmitterSupplementsWhatTheSecretariatAsksAndTheTopicIsScreenedAgain() {
    Map<String, Object> topic = topic("WONEN", "SPECIFIEK", "MEESTE", "NEE");
    topic.put("submitter", "ambtenaar");
    ProcessInstance instance = submit(topic);
    assertThatThrownBy(() -> complete(task(instance), withVariables("screeningOutcome", "AANVULLEN")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'screeningRemark'");
    complete(task(instance), withVariables("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke regels?"));
    assertThat(instance).isWaitingAt("supplementTopic").task().isAssignedTo("ambtenaar");
    assertThat(registered(instance)).containsEntry("STATUS", "AANVULLEN_GEVRAAGD").containsEntry("REMARK", "Welke regels?")
        .containsEntry("SUBMITTER", "ambtenaar");
    assertThat(mails.eventsFor(instance.getBusinessKey())).containsExactly(MailEvent.ACCEPTED, MailEvent.TASK_ROUTED,
        MailEvent.SUPPLEMENT_REQUESTED);
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.SUPPLEMENT_REQUESTED))
        .containsExactly("ambtenaar@k80.example");
    complete(task(instance), withVariables("description", "De nieuwe bouwregels van BZK."));
    assertThat(instance).isWaitingAt("screenTopic");
    assertThat(registered(instance)).containsEntry("STATUS", "IN_SCREENING").containsEntry("REMARK", null);
  }

  @Test
  void aTopicCancelledByAnOperatorIsClosedInTheRegister() {
    ProcessInstance instance = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "Dubbel ingevoerd door beheer");
    assertThat(registered(instance)).containsEntry("STATUS", "GEANNULEERD");
    assertThat(registered(instance).get("CLOSED_AT")).isNotNull();
  }

  @Test
  void anUnansweredRequestToSupplementClosesTheTopic() {
    ProcessInstance instance = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    complete(task(instance), withVariables("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke regels?"));
    Job timeout = timer(instance, "supplementTimeout");
    assertThat(timeout.getDuedate()).isEqualTo(atTen(TODAY.plusDays(14)));
    engine.getManagementService().executeJob(timeout.getId());
    assertThat(instance).isEnded().hasPassed("closedNotSupplemented");
    assertThat(registered(instance)).containsEntry("STATUS", "NIET_AANGEVULD");
    assertThat(mails.eventsFor(instance.getBusinessKey())).endsWith(MailEvent.CLOSED_UNANSWERED);
  }

  @Test
  void aDuplicateEndsNamingTheTopicThatCoversIt() {
    ProcessInstance original = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    ProcessInstance duplicate = submit(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    for (String wrong : List.of("K80-2026-9999", "onzin", duplicate.getBusinessKey())) {
      assertThatThrownBy(() -> complete(task(duplicate), withVariables("screeningOutcome", "DUPLICAAT",
          "duplicateOf", wrong))).as(wrong).hasMessageContaining("'duplicateOf'");
    }
    complete(task(duplicate), withVariables("screeningOutcome", "DUPLICAAT", "duplicateOf", original.getBusinessKey()));
    assertThat(duplicate).isEnded().hasPassed("closedAsDuplicate").variables()
        .containsEntry("duplicateOf", original.getBusinessKey());
    assertThat(mails.eventsFor(duplicate.getBusinessKey())).endsWith(MailEvent.DUPLICATE);
    assertThat(registered(duplicate)).containsEntry("STATUS", "DUBBEL");
  }

  @Test
  void anUnclaimedPlanIsRemindedAndThenEscalatedToTheBoard() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    Job reminder = timer(instance, "planReminder");
    assertThat(reminder.getDuedate()).isEqualTo(atTen(TODAY.plusDays(5)));
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(task(instance).getPriority()).isEqualTo(75);
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.REMINDER)).containsExactly("ph-wonen@k80.example");
    assertThat(instance).task().hasCandidateGroup("portefeuille-wonen").isNotAssigned();

    Job escalation = timer(instance, "planEscalation");
    assertThat(escalation.getDuedate()).isEqualTo(atTen(TODAY.plusDays(14)));
    engine.getManagementService().executeJob(escalation.getId());
    assertThat(task(instance).getPriority()).isEqualTo(100);
    assertThat(instance).task().hasCandidateGroup("dagelijks-bestuur");
    assertThat(instance).isWaitingAt("planTopic");
    assertThat(mails.recipientsOf(instance.getBusinessKey(), MailEvent.ESCALATED))
        .containsExactlyInAnyOrder("ph-wonen@k80.example", "voorzitter@k80.example");
  }

  @Test
  void aClaimedPlanIsNeitherRemindedNorEscalated() {
    ProcessInstance instance = submitAndScreen(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE"));
    Task plan = task(instance);
    engine.getTaskService().claim(plan.getId(), "ph-wonen");
    engine.getManagementService().executeJob(timer(instance, "planReminder").getId());
    engine.getManagementService().executeJob(timer(instance, "planEscalation").getId());
    assertThat(task(instance).getPriority()).isEqualTo(50);
    assertThat(engine.getTaskService().getIdentityLinksForTask(plan.getId()))
        .noneMatch(link -> "dagelijks-bestuur".equals(link.getGroupId()));
    assertThat(mails.eventsFor(instance.getBusinessKey())).doesNotContain(MailEvent.REMINDER, MailEvent.ESCALATED);
  }
}
