package nl.k80.wendbaar.framework;

import java.io.IOException;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task deployCandidate, after the board approved: the candidate becomes the newest version of
 * the three decisions (deployedVersion: the new version of topicAssessment). It runs as the
 * process's own job, so nobody involved needs the right to deploy.
 */
@Component("deployCandidate")
class DeployCandidate implements JavaDelegate {

  private final FrameworkVersions versions;

  DeployCandidate(FrameworkVersions versions) {
    this.versions = versions;
  }

  @Override
  public void execute(DelegateExecution proposal) throws IOException {
    int version = versions.deploy(CheckCandidate.candidate(proposal),
        "Afwegingskader, goedgekeurd door het Dagelijks Bestuur", FrameworkChange.PROCESS + ":"
            + proposal.getProcessInstanceId());
    proposal.setVariable(FrameworkChange.DEPLOYED_VERSION, version);
  }
}
