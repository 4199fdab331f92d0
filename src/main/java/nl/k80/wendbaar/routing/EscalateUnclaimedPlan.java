package nl.k80.wendbaar.routing;

import nl.k80.wendbaar.identity.K80Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Acts on a planTopic nobody has claimed in time (timers on the task in the BPMN). A reminder
 * raises the task's priority so it tops the portfolio's list; an escalation also puts it before
 * the board. A claimed task is left alone.
 */
@Component("escalateUnclaimedPlan")
public class EscalateUnclaimedPlan implements JavaDelegate {

  static final int REMINDED_PRIORITY = 75;
  static final int ESCALATED_PRIORITY = 100;

  private final TaskService taskService;

  public EscalateUnclaimedPlan(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean escalate = Boolean.TRUE.equals(execution.getVariableLocal("escalate"));
    Task plan = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("planTopic").singleResult();
    if (plan == null || plan.getAssignee() != null) {
      execution.setVariableLocal("unclaimed", false);
      return;
    }
    execution.setVariableLocal("unclaimed", true);
    taskService.setPriority(plan.getId(), escalate ? ESCALATED_PRIORITY : REMINDED_PRIORITY);
    if (escalate) {
      taskService.addCandidateGroup(plan.getId(), K80Groups.BOARD);
    }
  }
}
