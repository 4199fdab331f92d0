package nl.k80.wendbaar.sso;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Login with the municipality's own account, switched on by K80_OIDC_ISSUER_URI alone. The webapps
 * (Tasklist, Cockpit, Admin, welcome) log in through the provider (Spring Security's OAuth2 login);
 * Camunda's container-based authentication then takes the logged-in user, with the groups kept in
 * Camunda's records at login (ProviderUsers), into the webapps' session. The webapps' own password
 * login is closed, and a local password opens an administrator's account only. /engine-rest and
 * /api/topics also take the provider's access tokens (JWT, checked against the issuer's keys,
 * issuer, expiry and audience), beside HTTP Basic. Logging out ends the provider's session too
 * (RP-initiated logout); a session lasts as long as the provider renews its tokens
 * (SessionFollowsToken).
 */
@Configuration
@ConditionalOnExpression("!'${k80.oidc.issuer-uri:}'.isBlank()")
class SingleSignOn {

  static final String REGISTRATION = "k80";
  static final String LOGOUT = "/logout";
  static final String NO_ACCESS = "/k80/geen-toegang.html";
  static final String REFUSED_ACCOUNT = "/k80/account-geweigerd.html";

  @Bean
  GroupMapping groupMapping(OidcProperties properties) {
    return GroupMapping.of(properties);
  }

  @Bean
  ClientRegistrationRepository clientRegistrations(OidcProperties properties) {
    ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.getIssuerUri())
        .registrationId(REGISTRATION)
        .clientId(properties.getClientId())
        .clientSecret(properties.getClientSecret())
        .scope("openid", "profile", "email")
        .userNameAttributeName(properties.getUserIdClaim())
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  /** Local passwords: administrators only (AdministratorPasswordsOnly). */
  @Bean
  ProcessEnginePlugin administratorPasswordsOnly() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(AdministratorPasswordsOnly.class));
      }
    };
  }

  /** Access tokens of this provider only, for this application only, not expired. */
  @Bean
  JwtDecoder accessTokens(OidcProperties properties) {
    NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(properties.getIssuerUri());
    String audience = properties.effectiveAudience();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(properties.getIssuerUri()),
        jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience) ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "Het token is niet voor deze toepassing (audience " + audience + ")", null))));
    return decoder;
  }

  @Bean
  BearerTokens bearerTokens(JwtDecoder accessTokens, OidcProperties properties, GroupMapping mapping,
      ProviderAccounts allowed, AccountSync accounts) {
    return new BearerTokens(accessTokens, properties, mapping, allowed, accounts);
  }

  /** /engine-rest: a bearer token, when sent, must be valid; HTTP Basic goes on to Camunda's own check. */
  @Bean
  @Order(0)
  SecurityFilterChain engineRestTokens(HttpSecurity http, BearerTokens bearerTokens) throws Exception {
    // Ant-style matchers: these paths belong to Camunda's servlets, not to Spring MVC.
    http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    bearerTokens.acceptOn(http);
    return http.build();
  }

  /** Renews a login's access token with its refresh token (SessionFollowsToken). */
  @Bean
  OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository authorizedClients) {
    DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
        authorizedClients);
    manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
    return manager;
  }

  @Bean
  OAuth2AuthorizedClientRepository authorizedClientRepository() {
    return new HttpSessionOAuth2AuthorizedClientRepository();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webappLogin(HttpSecurity http, OidcProperties properties, GroupMapping mapping,
      AccountSync accounts, ProviderAccounts allowed, ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientManager clients) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
    return http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/camunda/**"),
            new AntPathRequestMatcher("/oauth2/**"), new AntPathRequestMatcher("/login/**"),
            new AntPathRequestMatcher(LOGOUT)))
        .authorizeHttpRequests(requests -> requests
            // The webapps' own password login: closed, every user logs in through the provider.
            .requestMatchers(new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .anyRequest().authenticated())
        .oauth2Login(login -> login
            .userInfoEndpoint(users -> users.oidcUserService(new ProviderUsers(properties, mapping, accounts, allowed)))
            .failureHandler((request, response, refused) -> response.sendRedirect(request.getContextPath()
                + (refused instanceof OAuth2AuthenticationException failed
                    && ProviderUsers.REFUSED_ACCOUNT.equals(failed.getError().getErrorCode()) ? REFUSED_ACCOUNT
                    : NO_ACCESS))))
        .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher(LOGOUT, "GET"))
            .logoutSuccessHandler(providerLogout))
        // The webapps' own calls get 401, not a redirect to the provider they cannot follow.
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/camunda/api/**")))
        // Camunda's own CSRF filter guards the webapps' API, and Camunda sets the webapps' headers
        // (Spring's would forbid caching the webapps' scripts).
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .addFilterBefore(new SessionFollowsToken(clients), AuthorizationFilter.class)
        .build();
  }

  /** Puts the user Spring Security logged in into the webapps' Camunda session. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", LoggedInUser.class.getName()));
    registration.setUrlPatterns(List.of("/camunda/*"));
    // After Spring Security's chain (order -100), before Camunda's webapp resources.
    registration.setOrder(101);
    return registration;
  }
}
