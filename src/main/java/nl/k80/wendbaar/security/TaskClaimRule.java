package nl.k80.wendbaar.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A claimed task is its assignee's: a user claims a task only for themselves, and only its assignee
 * releases or completes it once claimed (Camunda lets every candidate claim with another user id,
 * unclaim, or complete a task a colleague has claimed; Tasklist offers the form to the assignee only).
 */
class TaskClaimRule implements CommandRule {

  @Override
  public void check(Command<?> command, CommandContext context) {
    boolean claim = command instanceof ClaimTaskCmd;
    if (!claim && !(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
      return;
    }
    String user = context.getAuthenticatedUserId();
    String taskId = CommandArguments.read(command, "taskId", String.class);
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new AuthorizationException("Deze taak is al opgepakt door " + task.getAssignee() + "; alleen die persoon"
          + " of een beheerder kan haar " + (claim ? "vrijgeven." : "afronden."));
    }
    String claimant = claim ? CommandArguments.read(command, "userId", String.class) : null;
    if (claimant != null && !claimant.equals(user)) {
      throw new AuthorizationException("U kunt een taak alleen voor uzelf oppakken.");
    }
  }
}
