package nl.k80.wendbaar.sso;

import nl.k80.wendbaar.identity.K80Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's own user records, with one change while logins go through the provider: a local
 * password opens an administrator's account only (the local way in should the provider fail).
 * Everybody else logs in through the provider, so the old local password of a leaver, whom the
 * provider no longer lets in, opens nothing either. Every password check passes here: HTTP Basic on
 * both REST APIs and health, the webapps' login, REST /identity/verify.
 */
public class AdministratorPasswordsOnly extends DbIdentityServiceProvider {

  @Override
  public boolean checkPassword(String userId, String password) {
    return super.checkPassword(userId, password) && isAdministrator(userId);
  }

  private boolean isAdministrator(String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> createGroupQuery(context).groupMember(userId)
        .groupId(K80Groups.ADMIN).count()) > 0;
  }
}
