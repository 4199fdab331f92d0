package nl.k80.wendbaar.framework;

import java.io.IOException;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task deployCandidate, after the board approved: the candidate becomes the newest version of
 * the three decisions (deployedVersion: the new version of topicAssessment). It runs in the
 * process's own job, so nobody involved needs the right to deploy; the gateway before it, in the
 * same job, sends a candidate compared with an older version back to the comparison.
 */
@Component("deployCandidate")
class DeployCandidate implements JavaDelegate {

  private final FrameworkVersions versions;

  DeployCandidate(FrameworkVersions versions) {
    this.versions = versions;
  }

  @Override
  public void execute(DelegateExecution proposal) throws IOException {
    int compared = (Integer) proposal.getVariable(FrameworkChange.COMPARED_VERSION);
    int version = versions.deploy(CheckCandidate.candidate(proposal),
        "Afwegingskader, goedgekeurd door het Dagelijks Bestuur", FrameworkChange.PROCESS + ":"
            + proposal.getProcessInstanceId());
    // Camunda serializes deployments, not the gateway's look before them: another approval's job
    // may have deployed in between. Failing rolls this deployment back; the job's retry passes the
    // gateway again, which then sends the candidate back to the comparison.
    if (version != compared + 1) {
      throw new ProcessEngineException("Intussen is versie " + (version - 1) + " van het afwegingskader in gebruik"
          + " genomen; dit voorstel was vergeleken met versie " + compared + " en wordt opnieuw vergeleken.");
    }
    proposal.setVariable(FrameworkChange.DEPLOYED_VERSION, version);
  }
}
