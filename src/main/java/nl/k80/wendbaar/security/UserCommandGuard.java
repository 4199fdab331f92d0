package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Applies the CommandRules to every command a user sends, whichever door it came through: both
 * REST roots, the webapps, every overload of the Java API. It sits in the engine's interceptor chain
 * after the command context and its transaction are open, so a refusal rolls back everything. Only
 * the outermost command of a call is the user's (Nesting counts them); commands that listeners and
 * delegates run inside it are the process's own. The engine itself (jobs, startup) is not checked, and administrators
 * only by the few rules meant for them too.
 */
class UserCommandGuard extends CommandInterceptor {

  /** How deep in nested commands this thread is, counted outside the command context (see Nesting). */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final List<CommandRule> rules;

  UserCommandGuard(List<CommandRule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (DEPTH.get()[0] == 1) {
      check(command);
    }
    return next.execute(command);
  }

  /**
   * Counts commands around the whole command context, its closing included: what listeners and the
   * mail batch run while the context closes is nested too, not a user's command.
   */
  static final class Nesting extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        return next.execute(command);
      } finally {
        depth[0]--;
      }
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    boolean administrator = context.getAuthorizationManager().isCamundaAdmin(user);
    try {
      for (CommandRule rule : rules) {
        if (!administrator || rule.appliesToAdministrators()) {
          rule.check(command, context);
        }
      }
    } catch (RuntimeException refused) {
      SecurityLog.refused(user.getUserId(), command.getClass().getSimpleName(), refused.getMessage());
      throw refused;
    }
  }
}
