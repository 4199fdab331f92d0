package nl.k80.wendbaar.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.notification.MailProperties;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of frameworkChange on a plain engine with the real checks, what-if and deployment:
 * approved, rejected, a broken candidate revised and then withdrawn or resubmitted. Mail is
 * recorded here; MailDelivery and FrameworkChangeHttpTest send it for real.
 */
@Deployment(resources = {"processes/framework/frameworkChange.bpmn", "decisions/topicAssessment.dmn"})
class FrameworkChangeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  ProcessEngine engine;
  final List<Object> announced = new ArrayList<>();
  final FrameworkProperties limits = new FrameworkProperties();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    Flyway.configure().dataSource(dataSource).table("k80_schema_history").baselineOnMigrate(true)
        .baselineVersion("0").load().migrate();
    AssessmentProperties assessment = new AssessmentProperties();
    assessment.setMaxActiveTopics(3);
    FrameworkVersions versions = new FrameworkVersions(engine.getRepositoryService());
    ParsedFrameworks frameworks = new ParsedFrameworks();
    Mocks.register("frameworkVersions", versions);
    Mocks.register("proposalFields", new ProposalFields());
    limits.setCheckTimeLimit(Duration.ofMinutes(5));
    Mocks.register("checkCandidate", new CheckCandidate(versions, frameworks, assessment, limits));
    Mocks.register("compareCandidate", new CompareCandidate(versions, frameworks,
        new PastAssessments(new JdbcTemplate(dataSource), engine.getRepositoryService()), assessment,
        new ObjectMapper()));
    Mocks.register("deployCandidate", new DeployCandidate(versions));
    Mocks.register("announceFrameworkChange",
        (JavaDelegate) execution -> announced.add(execution.getVariable(FrameworkChange.DEPLOYED_VERSION)));
    MailProperties mail = new MailProperties();
    mail.setRetryCycle("R5/PT5M");
    Mocks.register("mailProperties", mail);
  }

  /** The versions a test approved go with it; the next test starts from the shipped version 1 again. */
  @AfterEach
  void removeApprovedVersions() {
    engine.getRepositoryService().createDeploymentQuery().list().stream()
        .filter(deployment -> deployment.getSource() != null
            && deployment.getSource().startsWith(FrameworkChange.PROCESS))
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  ProcessInstance propose(String dmn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FrameworkChange.CANDIDATE, file(dmn));
    variables.put(FrameworkChange.MOTIVATION, "Meer thema's oppakken.");
    engine.getIdentityService().setAuthenticatedUserId("secretaris");
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(FrameworkChange.PROCESS, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  static Object file(String dmn) {
    return Variables.fileValue("afwegingskader.dmn").file(Candidates.bytes(dmn)).mimeType("application/xml").create();
  }

  void approve(ProcessInstance proposal) {
    complete(task(proposal), Map.of(FrameworkChange.APPROVAL, "GOEDKEUREN", FrameworkChange.APPROVAL_MOTIVATION, "Ja."));
  }

  int newestVersion() {
    return engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(FrameworkChange.ASSESSMENT).latestVersion().singleResult().getVersion();
  }

  @Test
  void anApprovedProposalBecomesTheNewVersionAndIsAnnounced() {
    ProcessInstance proposal = propose(Candidates.takeUpFromSeven());
    assertThat(proposal).isWaitingAt("checkCandidate");
    execute(job(proposal));
    assertThat(proposal).isWaitingAt(FrameworkChange.APPROVE).hasPassed("compareCandidate");
    assertThat(task(proposal)).hasCandidateGroup("dagelijks-bestuur");
    assertThat(proposal).variables().containsEntry(FrameworkChange.CHECK_PASSED, true)
        .containsEntry(FrameworkChange.WHAT_IF_CHANGED_TOPICS, 0).containsEntry(FrameworkChange.COMPARED_VERSION, 1);

    approve(proposal);
    execute(job(proposal));
    assertThat(proposal).isWaitingAt("announceFrameworkChange").variables()
        .containsEntry(FrameworkChange.DEPLOYED_VERSION, 2);
    assertThat(newestVersion()).isEqualTo(2);
    execute(job(proposal));
    assertThat(proposal).isEnded().hasPassed("frameworkChanged");
    assertThat(announced).containsExactly(2);
  }

  @Test
  void anApprovalComparedWithAVersionNoLongerInForceGoesBackToTheComparisonAndTheBoard() {
    ProcessInstance first = propose(Candidates.takeUpFromSeven());
    ProcessInstance second = propose(Candidates.shipped().replace("van 11 punten", "van de 11 punten"));
    execute(job(first));
    execute(job(second));
    approve(first);
    execute(job(first));
    assertThat(newestVersion()).isEqualTo(2);

    // The second was compared with version 1: approving it would silently undo the first.
    approve(second);
    execute(job(second));
    assertThat(second).isWaitingAt(FrameworkChange.APPROVE).hasNotPassed("deployCandidate");
    assertThat(second).variables().containsEntry(FrameworkChange.COMPARED_VERSION, 2);
    assertThat(newestVersion()).isEqualTo(2);
    complete(task(second), Map.of(FrameworkChange.APPROVAL, "AFWIJZEN",
        FrameworkChange.APPROVAL_MOTIVATION, "Nu de drempel al is verlaagd, niet meer nodig."));
    assertThat(second).isEnded().hasPassed("proposalRejected");
  }

  @Test
  void twoApprovalsBeforeEitherIsDeployedDeployOnlyTheOneComparedWithTheVersionInForce() {
    ProcessInstance first = propose(Candidates.takeUpFromSeven());
    ProcessInstance second = propose(Candidates.shipped().replace("van 11 punten", "van de 11 punten"));
    execute(job(first));
    execute(job(second));
    // The board approves both in one meeting, before the first is in use.
    approve(first);
    approve(second);
    execute(job(first));
    execute(job(second));

    assertThat(newestVersion()).isEqualTo(2);
    assertThat(first).isWaitingAt("announceFrameworkChange").variables()
        .containsEntry(FrameworkChange.DEPLOYED_VERSION, 2);
    assertThat(second).isWaitingAt(FrameworkChange.APPROVE).hasNotPassed("deployCandidate").variables()
        .containsEntry(FrameworkChange.COMPARED_VERSION, 2);
  }

  @Test
  void aVersionThatCameInForceWhileTheApprovedOneWasDeployedUndoesThatDeployment() {
    ProcessInstance proposal = propose(Candidates.takeUpFromSeven());
    execute(job(proposal));
    approve(proposal);
    // Another approval's deployment, committed after this job looked at the version in force.
    new FrameworkVersions(engine.getRepositoryService()).deploy(Candidates.bytes(Candidates.shipped()
        .replace("van 11 punten", "van de 11 punten")), "elders goedgekeurd", FrameworkChange.PROCESS + ":elders");
    Mocks.register("frameworkVersions", new FrameworkVersions(engine.getRepositoryService()) {
      @Override
      public int inForceVersion() {
        return 1;
      }
    });
    Job job = job(proposal);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .hasMessageContaining("versie 2");
    assertThat(newestVersion()).isEqualTo(2);
    assertThat(proposal).isWaitingAt("comparisonCurrentGateway");

    // The job's retry sees version 2 and takes the proposal back to the comparison and the board.
    Mocks.register("frameworkVersions", new FrameworkVersions(engine.getRepositoryService()));
    execute(job(proposal));
    assertThat(proposal).isWaitingAt(FrameworkChange.APPROVE).hasNotPassed("deployCandidate").variables()
        .containsEntry(FrameworkChange.COMPARED_VERSION, 2);
    assertThat(newestVersion()).isEqualTo(2);
  }

  @Test
  void aRejectedProposalChangesNothing() {
    ProcessInstance proposal = propose(Candidates.takeUpFromSeven());
    execute(job(proposal));
    complete(task(proposal), Map.of(FrameworkChange.APPROVAL, "AFWIJZEN", FrameworkChange.APPROVAL_MOTIVATION, "Nee."));
    assertThat(proposal).isEnded().hasPassed("proposalRejected").hasNotPassed("deployCandidate");
    assertThat(newestVersion()).isEqualTo(1);
    assertThat(announced).isEmpty();
  }

  @Test
  void aBrokenCandidateGoesBackToTheProposerWhoResubmitsAndThenWithdraws() {
    String broken = Candidates.shipped().replace("id=\"topicRelevance\"", "id=\"relevantie\"");
    ProcessInstance proposal = propose(broken);
    execute(job(proposal));
    assertThat(proposal).isWaitingAt(FrameworkChange.REVISE);
    assertThat(task(proposal)).isAssignedTo("secretaris");
    assertThat((String) engine.getRuntimeService().getVariable(proposal.getId(), FrameworkChange.CHECK_FINDINGS))
        .contains("Beslissing 'topicRelevance' ontbreekt");

    complete(task(proposal), Map.of(FrameworkChange.REVISION, "OPNIEUW_INDIENEN",
        FrameworkChange.CANDIDATE, file(broken)));
    execute(job(proposal));
    assertThat(proposal).isWaitingAt(FrameworkChange.REVISE).hasPassed("candidateReceived");
    complete(task(proposal), Map.of(FrameworkChange.REVISION, "INTREKKEN"));
    assertThat(proposal).isEnded().hasPassed("proposalWithdrawn");
    assertThat(newestVersion()).isEqualTo(1);
  }

  @Test
  void aCandidateStillBeingEvaluatedWhenTheCheckTimeIsUpGoesBackToTheProposer() {
    limits.setCheckTimeLimit(Duration.ofMillis(1));
    ProcessInstance proposal = propose(Candidates.takeUpFromSeven());
    execute(job(proposal));
    assertThat(proposal).isWaitingAt(FrameworkChange.REVISE).hasNotPassed("compareCandidate");
    assertThat(proposal).variables().containsEntry(FrameworkChange.CHECK_PASSED, false);
    assertThat((String) engine.getRuntimeService().getVariable(proposal.getId(), FrameworkChange.CHECK_FINDINGS))
        .contains("te zwaar om door te rekenen");
  }
}
