package nl.k80.wendbaar.security;

import nl.k80.wendbaar.platform.NotFound;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claiming or completing a task that no longer exists (a colleague completed it, or its topic was
 * closed, while a Tasklist still showed it) is answered as that, before the other rules read the
 * missing task as one that accepts nothing; Camunda itself answers 500. Completions of one task
 * wait for each other on its row, so of a double click or a portal's retry one completes the task
 * and the others find it gone; without the lock they failed half-way with Camunda's optimistic
 * locking or "no current activity" (500), rolled back.
 */
class TaskExistsRule implements CommandRule {

  private final JdbcTemplate jdbc;

  TaskExistsRule(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void check(Command<?> command, CommandContext context) {
    boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    if (!completion && !(command instanceof ClaimTaskCmd)) {
      return;
    }
    String taskId = CommandArguments.read(command, "taskId", String.class);
    if (taskId == null) {
      return;
    }
    // In the command's transaction (the engine's DataSource is Spring's): held until it commits.
    boolean exists = completion
        ? !jdbc.queryForList("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE", taskId).isEmpty()
        : context.getTaskManager().findTaskById(taskId) != null;
    if (!exists) {
      throw new NotFound("Deze taak bestaat niet meer: ze is intussen afgerond, of het thema is gesloten.");
    }
  }

  @Override
  public boolean appliesToAdministrators() {
    return true;
  }
}
