package nl.k80.wendbaar.sso;

import java.util.Optional;
import java.util.Set;
import nl.k80.wendbaar.security.SecurityLog;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A login through the provider becomes a K80 user: the user id, name and e-mail address from the
 * token, the K80 groups from its groups claim (GroupMapping), kept in Camunda's records
 * (AccountSync). A user id that may not be a provider's login (ProviderAccounts) is no login, nor
 * is a token without any K80 group; each lands on a page that says why and whom to ask.
 */
class ProviderUsers extends OidcUserService {

  static final String NO_K80_GROUP = "k80_no_group";
  static final String REFUSED_ACCOUNT = "k80_refused_account";

  private final OidcProperties properties;
  private final GroupMapping mapping;
  private final AccountSync accounts;
  private final ProviderAccounts allowed;

  ProviderUsers(OidcProperties properties, GroupMapping mapping, AccountSync accounts, ProviderAccounts allowed) {
    this.properties = properties;
    this.mapping = mapping;
    this.accounts = accounts;
    this.allowed = allowed;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    String id = user.getAttribute(properties.getUserIdClaim()) instanceof String text ? text : null;
    Optional<String> refusal = allowed.refusal(id);
    if (refusal.isPresent()) {
      SecurityLog.refused(id, "login through the provider", refusal.get());
      throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED_ACCOUNT, refusal.get(), null));
    }
    Set<String> groups = mapping.groupsOf(user.getAttribute(properties.getGroupsClaim()));
    // Also for a leaver without a K80 group: their memberships go, and with them the groups' mail.
    accounts.sync(new AccountSync.Person(id, user.getGivenName(), user.getFamilyName(), user.getEmail()), groups,
        mapping.managed());
    if (groups.isEmpty()) {
      throw new OAuth2AuthenticationException(new OAuth2Error(NO_K80_GROUP, "Geen K80-groep in het token van " + id,
          null));
    }
    return new DefaultOidcUser(GroupMapping.roles(groups), user.getIdToken(), user.getUserInfo(),
        properties.getUserIdClaim());
  }
}
