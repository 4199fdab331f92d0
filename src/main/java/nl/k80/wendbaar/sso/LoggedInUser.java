package nl.k80.wendbaar.sso;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * For Camunda's container-based authentication: the user Spring Security logged in through the
 * provider. Camunda reads the groups from its own records, which ProviderUsers kept up to date at login.
 */
public class LoggedInUser extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user instanceof OAuth2AuthenticationToken login && login.isAuthenticated()) {
      return AuthenticationResult.successful(login.getName());
    }
    return AuthenticationResult.unsuccessful();
  }
}
