package nl.k80.wendbaar.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** A webapp session ends when the provider no longer renews the login's tokens, and lives on while it does. */
class SessionFollowsTokenTest {

  static final ClientRegistration REGISTRATION = ClientRegistration.withRegistrationId("k80").clientId("k80-wendbaar")
      .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login/oauth2/code/k80")
      .authorizationUri("https://idp.example/auth").tokenUri("https://idp.example/token").build();

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  static OAuth2AuthorizedClient client(Instant expiresAt) {
    return new OAuth2AuthorizedClient(REGISTRATION, "ambtenaar", new OAuth2AccessToken(
        OAuth2AccessToken.TokenType.BEARER, "token", expiresAt.minusSeconds(300), expiresAt));
  }

  /** Runs one request of a logged-in user; answers whether the session survived it. */
  static boolean sessionSurvives(OAuth2AuthorizedClientManager provider) throws Exception {
    SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(
        new DefaultOAuth2User(List.of(), Map.of("preferred_username", "ambtenaar"), "preferred_username"), List.of(),
        "k80"));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/tasklist/default/");
    MockHttpSession session = new MockHttpSession();
    request.setSession(session);
    new SessionFollowsToken(provider).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    boolean loggedIn = SecurityContextHolder.getContext().getAuthentication() != null;
    assertThat(session.isInvalid()).isEqualTo(!loggedIn);
    return loggedIn;
  }

  @Test
  void aValidOrRenewedTokenKeepsTheSession() throws Exception {
    assertThat(sessionSurvives(request -> client(Instant.now().plusSeconds(300)))).isTrue();
  }

  @Test
  void aRefusedRenewalEndsTheSession() throws Exception {
    assertThat(sessionSurvives(request -> {
      throw new ClientAuthorizationException(new OAuth2Error("invalid_grant", "Session not active", null), "k80");
    })).isFalse();
  }

  @Test
  void anExpiredTokenWithoutRenewalEndsTheSession() throws Exception {
    assertThat(sessionSurvives(request -> client(Instant.now().minusSeconds(1)))).isFalse();
    assertThat(sessionSurvives(request -> null)).isFalse();
  }
}
