package nl.k80.wendbaar.sso;

import nl.k80.wendbaar.security.SecurityLog;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The provider's access tokens on the REST API (/engine-rest, /api/topics), for a municipality's
 * portal calling it for its users: the user is the token's user id claim, the roles its K80 groups
 * ("ROLE_<group>", as HTTP Basic gives them). An invalid, expired, foreign or misaddressed token is 401,
 * and so is one whose user id may not be a provider's login (ProviderAccounts).
 */
public class BearerTokens {

  private final JwtDecoder decoder;
  private final OidcProperties properties;
  private final GroupMapping mapping;
  private final ProviderAccounts allowed;

  BearerTokens(JwtDecoder decoder, OidcProperties properties, GroupMapping mapping, ProviderAccounts allowed) {
    this.decoder = decoder;
    this.properties = properties;
    this.mapping = mapping;
    this.allowed = allowed;
  }

  public void acceptOn(HttpSecurity http) throws Exception {
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this::user)));
  }

  private JwtAuthenticationToken user(Jwt token) {
    String id = token.getClaimAsString(properties.getUserIdClaim());
    allowed.refusal(id).ifPresent(reason -> {
      SecurityLog.refused(id, "bearer token", reason);
      throw new InvalidBearerTokenException("Dit token kan hier niet worden gebruikt: " + reason);
    });
    return new JwtAuthenticationToken(token, mapping.rolesOf(token.getClaim(properties.getGroupsClaim())), id);
  }
}
