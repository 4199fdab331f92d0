package nl.k80.wendbaar.sso;

import java.util.Optional;
import nl.k80.wendbaar.identity.AdminProperties;
import nl.k80.wendbaar.identity.K80Groups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.springframework.stereotype.Component;

/**
 * Which Camunda account a provider's user id may be, at the webapps' login and with every access
 * token. Camunda keeps a user's groups by id, so a provider user named like an administrator (a
 * user name picked at a brokered first login, a namesake in another municipality) would otherwise
 * work with that account's camunda-admin membership, which the token does not manage. Hence never
 * the administrator from the environment (K80_ADMIN_USER), the local way in should the provider
 * fail; unless administrators come from the provider, no account that Camunda's records make an
 * administrator; and only an id Camunda accepts for a user (userResourceWhitelistPattern).
 */
@Component
class ProviderAccounts {

  private final ProcessEngine engine;
  private final AdminProperties admin;
  private final OidcProperties properties;

  ProviderAccounts(ProcessEngine engine, AdminProperties admin, OidcProperties properties) {
    this.engine = engine;
    this.admin = admin;
    this.properties = properties;
  }

  /** Why a provider login with this user id is refused; empty when it may log in. */
  Optional<String> refusal(String id) {
    if (id == null || !acceptedByCamunda(id)) {
      return Optional.of("geen geldige gebruikersnaam voor K80 Wendbaar");
    }
    if (id.equals(admin.user())) {
      return Optional.of("de naam van het beheerdersaccount uit de omgeving (K80_ADMIN_USER)");
    }
    if (!properties.isAdministratorsFromProvider() && engine.getIdentityService().createUserQuery().userId(id)
        .memberOfGroup(K80Groups.ADMIN).count() > 0) {
      return Optional.of("de naam van een beheerdersaccount (" + K80Groups.ADMIN + ")");
    }
    return Optional.empty();
  }

  private boolean acceptedByCamunda(String id) {
    try {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> {
            EnsureUtil.ensureWhitelistedResourceId(context, "User", id);
            return null;
          });
      return true;
    } catch (ProcessEngineException invalid) {
      return false;
    }
  }
}
