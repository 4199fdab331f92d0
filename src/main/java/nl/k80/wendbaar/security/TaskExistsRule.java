package nl.k80.wendbaar.security;

import nl.k80.wendbaar.platform.NotFound;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Claiming or completing a task that no longer exists (a colleague completed it, or its topic was
 * closed, while a Tasklist still showed it) is answered as that, before the other rules read the
 * missing task as one that accepts nothing; Camunda itself answers 500.
 */
class TaskExistsRule implements CommandRule {

  @Override
  public void check(Command<?> command, CommandContext context) {
    if (!(command instanceof ClaimTaskCmd) && !(command instanceof CompleteTaskCmd)
        && !(command instanceof SubmitTaskFormCmd)) {
      return;
    }
    String taskId = CommandArguments.read(command, "taskId", String.class);
    if (taskId != null && context.getTaskManager().findTaskById(taskId) == null) {
      throw new NotFound("Deze taak bestaat niet meer: ze is intussen afgerond, of het thema is gesloten.");
    }
  }

  @Override
  public boolean appliesToAdministrators() {
    return true;
  }
}
