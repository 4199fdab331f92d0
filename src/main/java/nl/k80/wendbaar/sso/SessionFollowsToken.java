package nl.k80.wendbaar.sso;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A webapp session lives as long as the provider keeps the login alive: when the access token of the
 * login has expired, it is renewed with the refresh token; when the provider refuses that (its
 * session ended, the account was blocked, a leaver) or gives no refresh token, the session ends here
 * too and the next request goes back to the provider's login.
 */
class SessionFollowsToken extends OncePerRequestFilter {

  private final OAuth2AuthorizedClientManager clients;

  SessionFollowsToken(OAuth2AuthorizedClientManager clients) {
    this.clients = clients;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user instanceof OAuth2AuthenticationToken login && !stillValid(login, request, response)) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }

  private boolean stillValid(OAuth2AuthenticationToken login, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
          .withClientRegistrationId(login.getAuthorizedClientRegistrationId()).principal(login)
          .attribute(HttpServletRequest.class.getName(), request)
          .attribute(HttpServletResponse.class.getName(), response).build());
      return client != null && client.getAccessToken().getExpiresAt() != null
          && client.getAccessToken().getExpiresAt().isAfter(Instant.now());
    } catch (RuntimeException refused) {
      return false;
    }
  }
}
