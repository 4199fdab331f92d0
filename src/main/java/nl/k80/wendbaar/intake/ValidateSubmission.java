package nl.k80.wendbaar.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of topicIntake: refuses a submission that breaks the contract before anything is
 * made. The submitter is the authenticated user: the start event's initiator, which no request may
 * set (StepInputs).
 */
@Component("validateSubmission")
class ValidateSubmission implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    TopicFields.checkSubmission(execution);
  }
}
