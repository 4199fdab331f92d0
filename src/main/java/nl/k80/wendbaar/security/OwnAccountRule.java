package nl.k80.wendbaar.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Users keep their own account as an administrator (or, with SSO, the directory) set it up: they
 * may change their own password, not their name or e-mail address (where the app sends mail), not
 * anybody else's account, and they may not delete themselves. Nor may they test other users'
 * passwords (REST /identity/verify), which would bypass the login throttle.
 */
class OwnAccountRule implements CommandRule {

  @Override
  public void check(Command<?> command, CommandContext context) {
    String caller = context.getAuthenticatedUserId();
    if (command instanceof DeleteUserCmd) {
      throw new AuthorizationException("Alleen een beheerder kan een account verwijderen.");
    }
    if (command instanceof SaveUserCmd) {
      User changed = CommandArguments.read(command, "user", User.class);
      User stored = changed.getId() == null ? null : context.runWithoutAuthorization(() ->
          context.getReadOnlyIdentityProvider().findUserById(changed.getId()));
      if (stored == null || !changed.getId().equals(caller)) {
        throw new AuthorizationException("Alleen een beheerder beheert de accounts van anderen.");
      }
      if (!Objects.equals(stored.getFirstName(), changed.getFirstName())
          || !Objects.equals(stored.getLastName(), changed.getLastName())
          || !Objects.equals(stored.getEmail(), changed.getEmail())) {
        throw new AuthorizationException(
            "U kunt uw eigen naam en e-mailadres niet wijzigen; vraag dat aan een beheerder.");
      }
    }
    if (command instanceof CheckPassword && !Objects.equals(CommandArguments.read(command, "userId", String.class), caller)) {
      throw new AuthorizationException("Alleen een beheerder kan het wachtwoord van een ander controleren.");
    }
  }
}
