package nl.k80.wendbaar.sso;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Set;
import nl.k80.wendbaar.security.SecurityLog;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The provider's access tokens on the REST API (/engine-rest, /api/topics), for a municipality's
 * portal calling it for its users: the user is the token's user id claim, the roles its K80 groups
 * ("ROLE_<group>", as HTTP Basic gives them). An invalid, expired, foreign or misaddressed token is
 * 401, and so is one whose user id may not be a provider's login (ProviderAccounts) or that carries
 * no K80 group. The first use of a token keeps the user's record as a login does (AccountSync), so
 * that somebody who only ever submits through a portal gets K80's mail too, and group mail reaches
 * the token's groups.
 */
public class BearerTokens {

  private static final Logger LOG = LoggerFactory.getLogger(BearerTokens.class);

  private final JwtDecoder decoder;
  private final OidcProperties properties;
  private final GroupMapping mapping;
  private final ProviderAccounts allowed;
  private final AccountSync accounts;
  /**
   * Tokens already checked and whose user is recorded, by user and moment of issue: both follow from
   * the token, so a portal's every call does not repeat them. A token lives minutes.
   */
  private final Cache<String, Boolean> checked = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10))
      .maximumSize(10_000).build();

  BearerTokens(JwtDecoder decoder, OidcProperties properties, GroupMapping mapping, ProviderAccounts allowed,
      AccountSync accounts) {
    this.decoder = decoder;
    this.properties = properties;
    this.mapping = mapping;
    this.allowed = allowed;
    this.accounts = accounts;
  }

  public void acceptOn(HttpSecurity http) throws Exception {
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this::user)));
  }

  private JwtAuthenticationToken user(Jwt token) {
    String id = token.getClaimAsString(properties.getUserIdClaim());
    Set<String> groups = mapping.groupsOf(token.getClaim(properties.getGroupsClaim()));
    String key = id + " " + token.getIssuedAt();
    if (checked.getIfPresent(key) == null) {
      allowed.refusal(id).ifPresent(reason -> {
        SecurityLog.refused(id, "bearer token", reason);
        throw new InvalidBearerTokenException("Dit token kan hier niet worden gebruikt: " + reason);
      });
      if (recorded(id, token, groups)) {
        checked.put(key, true);
      }
    }
    if (groups.isEmpty()) {
      // As at the webapps' login: somebody of the provider without a K80 group is no K80 user.
      SecurityLog.refused(id, "bearer token", "geen K80-groep in het token");
      throw new InvalidBearerTokenException("Geen K80-groep in het token");
    }
    return new JwtAuthenticationToken(token, GroupMapping.roles(groups), id);
  }

  /** Keeps the user's record as the token says; false when that has to wait for the next call. */
  private boolean recorded(String id, Jwt token, Set<String> groups) {
    try {
      accounts.sync(new AccountSync.Person(id, token.getClaimAsString("given_name"),
          token.getClaimAsString("family_name"), token.getClaimAsString("email")), groups, mapping.managed());
      return true;
    } catch (ProcessEngineException notNow) {
      // The token's own groups decide what this request may do.
      LOG.warn("Could not record the account of token user {}: {}", id, notNow.getMessage());
      return false;
    }
  }
}
