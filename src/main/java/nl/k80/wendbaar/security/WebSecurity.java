package nl.k80.wendbaar.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards only what Camunda does not: the actuator. Health answers everybody with
 * its status and shows its components and details only to administrators (HTTP Basic, Camunda's
 * users; management.endpoint.health.roles). Every other path passes through untouched: the webapps
 * and /engine-rest keep Camunda's own authentication.
 */
@Configuration
class WebSecurity {

  @Bean
  SecurityFilterChain actuator(HttpSecurity http, CamundaUserAuthentication camundaUsers) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .authenticationProvider(camundaUsers)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
