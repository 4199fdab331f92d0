package nl.k80.wendbaar.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open by default; here it gets HTTP Basic against Camunda's identity
 * service, so Camunda's authorizations apply to every call. The order matters: the setup
 * block first, then the size limit before any body is read, then the webapps' CSP nonce kept per
 * request (before Camunda's header filter sets it), then the login throttle in front of every
 * identity check, then authentication, then the expression guard that needs the
 * authenticated user.
 */
@Configuration
class RestApiSecurity {

  static final String REST_ROOT = "/engine-rest";

  @Bean
  FilterRegistrationBean<AdminSetupBlocker> adminSetupBlocker() {
    FilterRegistrationBean<AdminSetupBlocker> registration = new FilterRegistrationBean<>(new AdminSetupBlocker());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestProperties properties) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(new RequestSizeLimit(properties));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestScopedCspNonce> requestScopedCspNonce() {
    FilterRegistrationBean<RequestScopedCspNonce> registration =
        new FilterRegistrationBean<>(new RequestScopedCspNonce());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Tomcat says "100 Continue" only once the body is read, so a refused body is never sent. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueWhenTheBodyIsRead() {
    return factory -> factory.addConnectorCustomizers(connector ->
        connector.setProperty("continueResponseTiming", "onRead"));
  }

  @Bean
  FilterRegistrationBean<LoginGuard> loginGuard(LoginProperties properties) {
    FilterRegistrationBean<LoginGuard> registration = new FilterRegistrationBean<>(new LoginGuard(properties));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        RestAuthentication.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, REST_ROOT);
    registration.addUrlPatterns(REST_ROOT + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard(IdentityService identityService) {
    FilterRegistrationBean<TaskQueryExpressionGuard> registration =
        new FilterRegistrationBean<>(new TaskQueryExpressionGuard(identityService));
    registration.addUrlPatterns(REST_ROOT + "/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
