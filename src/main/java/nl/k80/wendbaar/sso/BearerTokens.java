package nl.k80.wendbaar.sso;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The provider's access tokens on the REST API (/engine-rest, /api/topics), for a municipality's
 * portal calling it for its users: the user is the token's user id claim, the roles its K80 groups
 * ("ROLE_<group>", as HTTP Basic gives them). An invalid, expired, foreign or misaddressed token is 401.
 */
public class BearerTokens {

  private final JwtDecoder decoder;
  private final OidcProperties properties;
  private final GroupMapping mapping;

  BearerTokens(JwtDecoder decoder, OidcProperties properties, GroupMapping mapping) {
    this.decoder = decoder;
    this.properties = properties;
    this.mapping = mapping;
  }

  public void acceptOn(HttpSecurity http) throws Exception {
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this::user)));
  }

  private JwtAuthenticationToken user(Jwt token) {
    return new JwtAuthenticationToken(token, mapping.rolesOf(token.getClaim(properties.getGroupsClaim())),
        token.getClaimAsString(properties.getUserIdClaim()));
  }
}
