package nl.k80.wendbaar.intake;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The delegates of other features, built for the plain-engine process test. */
final class IntakeTestBeans {

  static JavaDelegate deriveAssessmentInputs(ProcessEngine engine, IntakeProperties periods) {
    return nl.k80.wendbaar.assessment.AssessmentTestAccess.deriveAssessmentInputs(engine.getTaskService(), periods);
  }

  static JavaDelegate recordDecision() {
    return nl.k80.wendbaar.routing.RoutingTestAccess.recordDecision();
  }

  static JavaDelegate escalateUnclaimedPlan(ProcessEngine engine) {
    return nl.k80.wendbaar.routing.RoutingTestAccess.escalateUnclaimedPlan(engine.getTaskService());
  }

  private IntakeTestBeans() {}
}
