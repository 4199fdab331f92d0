package nl.k80.wendbaar.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Service task compareCandidate: what the checked candidate would change against the version in
 * force (WhatIf), kept with the process as JSON (whatIf, readable in Cockpit and shown in the
 * board's task), with the number of topics whose decision would change (whatIfChangedTopics) and
 * the version compared with (comparedVersion).
 */
@Component("compareCandidate")
class CompareCandidate implements JavaDelegate {

  private final FrameworkVersions versions;
  private final ParsedFrameworks frameworks;
  private final PastAssessments pastAssessments;
  private final AssessmentProperties assessment;
  private final ObjectMapper json;

  CompareCandidate(FrameworkVersions versions, ParsedFrameworks frameworks, PastAssessments pastAssessments,
      AssessmentProperties assessment, ObjectMapper json) {
    this.versions = versions;
    this.frameworks = frameworks;
    this.pastAssessments = pastAssessments;
    this.assessment = assessment;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution proposal) throws IOException {
    FrameworkVersions.InForce inForce = versions.inForce();
    WhatIf whatIf = WhatIf.compare(frameworks.of(inForce.dmn()), frameworks.of(CheckCandidate.candidate(proposal)),
        new InputSpace(assessment.getMaxActiveTopics()), pastAssessments.all());
    proposal.setVariable(FrameworkChange.COMPARED_VERSION, inForce.version());
    proposal.setVariable(FrameworkChange.WHAT_IF_CHANGED_TOPICS, whatIf.changedTopics());
    proposal.setVariable(FrameworkChange.WHAT_IF, SpinValues.jsonValue(json.writeValueAsString(whatIf)).create());
  }
}
