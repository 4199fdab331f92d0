package nl.k80.wendbaar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user logged in to the webapps (Tasklist, Cockpit) is logged in for our own API too: their
 * Camunda session becomes the request's Spring Security authentication, with their groups as roles
 * "ROLE_<group id>", as HTTP Basic gives them. Never creates a session.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  private final String engineName;

  WebappSessionAuthentication(String engineName) {
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentication camunda = AuthenticationUtil.getAuthsFromSession(session)
          .getAuthenticationForProcessEngine(engineName);
      if (camunda instanceof UserAuthentication user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            user.getIdentityId(), null, CamundaUserAuthentication.roles(user.getGroupIds())));
      }
    }
    chain.doFilter(request, response);
  }
}
