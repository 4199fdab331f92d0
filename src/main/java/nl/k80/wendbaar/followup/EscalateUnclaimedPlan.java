package nl.k80.wendbaar.followup;

import java.util.List;
import nl.k80.wendbaar.identity.K80Groups;
import nl.k80.wendbaar.notification.MailEvent;
import nl.k80.wendbaar.notification.TopicMail;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Acts on a planTopic nobody has claimed in time (timers on the task in the BPMN). A reminder
 * raises the task's priority so it tops the portfolio's list and mails the portfolio group; an
 * escalation also puts it on the board's list and mails both. A claimed task is left alone.
 */
@Component("escalateUnclaimedPlan")
public class EscalateUnclaimedPlan implements JavaDelegate {

  static final int REMINDED_PRIORITY = 75;
  static final int ESCALATED_PRIORITY = 100;

  private final TaskService taskService;
  private final TopicMail topicMail;

  public EscalateUnclaimedPlan(TaskService taskService, TopicMail topicMail) {
    this.taskService = taskService;
    this.topicMail = topicMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean escalate = Boolean.TRUE.equals(execution.getVariableLocal("escalate"));
    Task plan = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TopicIntake.PLAN).singleResult();
    if (plan == null || plan.getAssignee() != null) {
      execution.setVariableLocal("unclaimed", false);
      return;
    }
    execution.setVariableLocal("unclaimed", true);
    taskService.setPriority(plan.getId(), escalate ? ESCALATED_PRIORITY : REMINDED_PRIORITY);
    String portfolio = (String) execution.getVariable(TopicIntake.PORTFOLIO_GROUP);
    if (escalate) {
      taskService.addCandidateGroup(plan.getId(), K80Groups.BOARD);
      topicMail.toGroups(execution, MailEvent.ESCALATED, List.of(portfolio, K80Groups.BOARD));
    } else {
      topicMail.toGroups(execution, MailEvent.REMINDER, List.of(portfolio));
    }
  }
}
