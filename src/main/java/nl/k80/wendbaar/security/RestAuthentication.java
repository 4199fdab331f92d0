package nl.k80.wendbaar.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * HTTP Basic (or, with SSO on, the provider's access token) for the engine REST API against Camunda's users, as Camunda's own provider checks it,
 * with the user's groups and tenants; a successful check is remembered for a short while, so that a
 * program or portal calling the API many times a second does not cost a password check and two
 * directory queries on every call. Only a digest of the credentials is kept. A changed password or
 * membership applies to new credentials at once and to remembered ones within REMEMBERED.
 */
public class RestAuthentication extends HttpBasicAuthenticationProvider {

  static final Duration REMEMBERED = Duration.ofSeconds(30);
  private static final Cache<String, AuthenticationResult> CHECKED = Caffeine.newBuilder()
      .expireAfterWrite(REMEMBERED).maximumSize(10_000).build();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    // A provider's access token, checked by Spring Security before this (SSO on): its user and K80 groups.
    if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
      AuthenticationResult result = AuthenticationResult.successful(token.getName());
      result.setGroups(token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .filter(role -> role.startsWith("ROLE_")).map(role -> role.substring("ROLE_".length())).toList());
      return result;
    }
    String credentials = request.getHeader("Authorization");
    if (credentials == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    String key = engine.getName() + " " + digest(credentials);
    AuthenticationResult remembered = CHECKED.getIfPresent(key);
    if (remembered != null) {
      return remembered;
    }
    AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
    if (checked.isAuthenticated()) {
      String user = checked.getAuthenticatedUser();
      checked.setGroups(engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(Group::getId).toList());
      checked.setTenants(engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true)
          .list().stream().map(Tenant::getId).toList());
      CHECKED.put(key, checked);
    }
    return checked;
  }

  private static String digest(String credentials) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(credentials.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
