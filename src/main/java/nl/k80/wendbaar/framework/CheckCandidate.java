package nl.k80.wendbaar.framework;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Service task checkCandidate: checks the proposed DRD against the version in force (CandidateCheck)
 * and tells the process whether it passed (checkPassed) and why not (checkFindings, Dutch, one
 * finding per line).
 */
@Component("checkCandidate")
class CheckCandidate implements JavaDelegate {

  private final FrameworkVersions versions;
  private final ParsedFrameworks frameworks;
  private final AssessmentProperties assessment;
  private final FrameworkProperties properties;

  CheckCandidate(FrameworkVersions versions, ParsedFrameworks frameworks, AssessmentProperties assessment,
      FrameworkProperties properties) {
    this.versions = versions;
    this.frameworks = frameworks;
    this.assessment = assessment;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution proposal) throws IOException {
    CandidateCheck.Result result = CandidateCheck.check(candidate(proposal),
        Framework.model(versions.inForce().dmn()), new InputSpace(assessment.getMaxActiveTopics()), frameworks::of,
        properties.getCheckTimeLimit());
    proposal.setVariable(FrameworkChange.CHECK_PASSED, result.passed());
    proposal.setVariable(FrameworkChange.CHECK_FINDINGS, result.passed() ? null
        : result.findings().stream().map(finding -> "- " + finding).collect(Collectors.joining("\n")));
    if (!result.passed()) {
      // Resubmitting then needs a new file (the history keeps the refused one).
      proposal.removeVariable(FrameworkChange.CANDIDATE);
    }
  }

  static byte[] candidate(DelegateExecution proposal) throws IOException {
    FileValue file = proposal.getVariableTyped(FrameworkChange.CANDIDATE);
    try (InputStream content = file.getValue()) {
      return content.readAllBytes();
    }
  }
}
