package nl.k80.wendbaar.routing;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Lets the process test of the intake build this package's delegates. */
public final class RoutingTestAccess {

  public static JavaDelegate recordDecision() {
    return new RecordDecision();
  }

  public static JavaDelegate escalateUnclaimedPlan(TaskService taskService) {
    return new EscalateUnclaimedPlan(taskService);
  }

  private RoutingTestAccess() {}
}
