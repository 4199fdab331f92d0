package nl.k80.wendbaar.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;

/**
 * The deployed versions of the afwegingskader: the one in force (the newest version of
 * topicAssessment, which every assessment from now on evaluates) and the deployment of a new one.
 * Called by the process and at startup, never on behalf of a user: no authorization applies.
 */
@Component("frameworkVersions")
public class FrameworkVersions {

  /** The version in force: its topicAssessment version and the DRD as deployed. */
  record InForce(int version, byte[] dmn) {}

  private final RepositoryService repositoryService;

  FrameworkVersions(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Null before the first deployment. */
  InForce inForce() {
    DecisionDefinition latest = latest();
    if (latest == null) {
      return null;
    }
    try (InputStream dmn = repositoryService.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
      return new InForce(latest.getVersion(), dmn.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The version of topicAssessment in force now; the BPMN asks it before deploying an approved
   * candidate, so that one compared with an older version goes back to the comparison and the board.
   */
  public int inForceVersion() {
    return latest().getVersion();
  }

  private DecisionDefinition latest() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(FrameworkChange.ASSESSMENT)
        .latestVersion().singleResult();
  }

  /** Deploys the DRD as the newest version of its three decisions; answers the new version of topicAssessment. */
  int deploy(byte[] dmn, String name, String source) {
    DeploymentWithDefinitions deployment = repositoryService.createDeployment().name(name).source(source)
        .addInputStream(FrameworkChange.RESOURCE, new ByteArrayInputStream(dmn)).deployWithResult();
    return deployment.getDeployedDecisionDefinitions().stream()
        .filter(decision -> decision.getKey().equals(FrameworkChange.ASSESSMENT))
        .findFirst().orElseThrow().getVersion();
  }
}
