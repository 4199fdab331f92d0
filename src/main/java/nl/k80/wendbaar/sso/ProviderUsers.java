package nl.k80.wendbaar.sso;

import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A login through the provider becomes a K80 user: the user id, name and e-mail address from the
 * token, the K80 groups from its groups claim (GroupMapping), kept in Camunda's records
 * (AccountSync). A token without a user id or without any K80 group is no login: the user lands on
 * the page that says whom to ask (/k80/geen-toegang.html).
 */
class ProviderUsers extends OidcUserService {

  static final String NO_K80_GROUP = "k80_no_group";

  private final OidcProperties properties;
  private final GroupMapping mapping;
  private final AccountSync accounts;

  ProviderUsers(OidcProperties properties, GroupMapping mapping, AccountSync accounts) {
    this.properties = properties;
    this.mapping = mapping;
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    String id = user.getAttribute(properties.getUserIdClaim());
    Object claim = user.getAttribute(properties.getGroupsClaim());
    Set<String> groups = mapping.groupsOf(claim);
    if (id == null || id.isBlank() || groups.isEmpty()) {
      throw new OAuth2AuthenticationException(new OAuth2Error(NO_K80_GROUP,
          "Geen K80-groep in het token van " + (id == null ? "onbekende gebruiker" : id), null));
    }
    accounts.sync(new AccountSync.Person(id, user.getGivenName(), user.getFamilyName(), user.getEmail()), groups,
        mapping.managed());
    return new DefaultOidcUser(mapping.rolesOf(claim), user.getIdToken(), user.getUserInfo(),
        properties.getUserIdClaim());
  }
}
