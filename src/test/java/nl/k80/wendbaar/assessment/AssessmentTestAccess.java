package nl.k80.wendbaar.assessment;

import nl.k80.wendbaar.intake.IntakeProperties;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Lets the process test of the intake build this package's delegate. */
public final class AssessmentTestAccess {

  public static JavaDelegate deriveAssessmentInputs(TaskService taskService, IntakeProperties periods) {
    return new DeriveAssessmentInputs(taskService, periods);
  }

  private AssessmentTestAccess() {}
}
