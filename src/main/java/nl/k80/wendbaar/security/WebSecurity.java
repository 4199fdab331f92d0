package nl.k80.wendbaar.security;

import nl.k80.wendbaar.sso.BearerTokens;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring Security guards only what Camunda does not: our own API and the actuator. Every other
 * path passes through untouched: the webapps and /engine-rest keep Camunda's own authentication.
 */
@Configuration
class WebSecurity {

  /**
   * The topics API: for every logged-in user, by HTTP Basic against Camunda's users (as
   * /engine-rest), by the session of the webapps, or by the provider's access token (SSO); 401 otherwise. Only reads, so no CSRF token is
   * needed for the session's cookie; nothing else is allowed.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, CamundaUserAuthentication camundaUsers, ProcessEngine engine,
      ObjectProvider<BearerTokens> bearerTokens) throws Exception {
    // With login through the municipality's provider on, its access tokens too.
    BearerTokens tokens = bearerTokens.getIfAvailable();
    if (tokens != null) {
      tokens.acceptOn(http);
    }
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).authenticated()
            .anyRequest().denyAll())
        .addFilterBefore(new WebappSessionAuthentication(engine.getName()), BasicAuthenticationFilter.class)
        .httpBasic(Customizer.withDefaults())
        .authenticationProvider(camundaUsers)
        .csrf(csrf -> csrf.disable())
        // The webapps' session belongs to Camunda: a new session id here (Spring's protection
        // against session fixation) would log out the Tasklist's requests running beside this one.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .build();
  }

  /**
   * Health answers everybody with its status and shows its components and details only to
   * administrators (HTTP Basic; management.endpoint.health.roles).
   */
  @Bean
  @Order(2)
  SecurityFilterChain actuatorChain(HttpSecurity http, CamundaUserAuthentication camundaUsers) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .authenticationProvider(camundaUsers)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
