package nl.k80.wendbaar.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** One check that UserCommandGuard applies to the commands users send. */
interface CommandRule {

  /** Throws to refuse the command; returns when it may run. */
  void check(Command<?> command, CommandContext context);

  /** Most rules keep users to the models; administrators may do more. */
  default boolean appliesToAdministrators() {
    return false;
  }
}
