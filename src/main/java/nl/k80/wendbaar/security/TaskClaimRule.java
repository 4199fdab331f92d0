package nl.k80.wendbaar.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A user claims a task only for themselves, and only its assignee releases a claimed task (claim
 * with another user id, or unclaim, would otherwise let any candidate take over a colleague's work).
 */
class TaskClaimRule implements CommandRule {

  @Override
  public void check(Command<?> command, CommandContext context) {
    if (!(command instanceof ClaimTaskCmd)) {
      return;
    }
    String user = context.getAuthenticatedUserId();
    String claimant = CommandArguments.read(command, "userId", String.class);
    String taskId = CommandArguments.read(command, "taskId", String.class);
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new AuthorizationException("Deze taak is al opgepakt door " + task.getAssignee()
          + "; alleen die persoon of een beheerder kan haar vrijgeven.");
    }
    if (claimant != null && !claimant.equals(user)) {
      throw new AuthorizationException("U kunt een taak alleen voor uzelf oppakken.");
    }
  }
}
