package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Refuses every command of the listed kinds (the class or a subclass), with the reason in Dutch. */
abstract class RefusedCommandsRule implements CommandRule {

  private final String reason;
  private final List<Class<?>> refused;

  RefusedCommandsRule(String reason, List<Class<?>> refused) {
    this.reason = reason;
    this.refused = List.copyOf(refused);
  }

  @Override
  public void check(Command<?> command, CommandContext context) {
    for (Class<?> kind : refused) {
      if (kind.isInstance(command)) {
        throw new AuthorizationException(reason + " (" + command.getClass().getSimpleName() + ").");
      }
    }
  }
}
