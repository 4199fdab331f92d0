package nl.k80.wendbaar.intake;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of topicIntake: refuses a submission that breaks the contract before anything
 * is made, and records the submitter from the authenticated user, whatever the request said.
 */
@Component("validateSubmission")
class ValidateSubmission implements ExecutionListener {

  private final IdentityService identityService;

  ValidateSubmission(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TopicFields.checkSubmission(execution);
    Authentication user = identityService.getCurrentAuthentication();
    if (user != null) {
      execution.setVariable("submitter", user.getUserId());
    }
  }
}
