package nl.k80.wendbaar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup endpoint in every profile. In 7.24.0 it can create an
 * administrator without authentication (published advisory); K80 always has one from startup.
 */
class AdminSetupBlocker extends OncePerRequestFilter {

  static final String SETUP_PATH = "/camunda/api/admin/setup";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (RequestPaths.of(request).toLowerCase(Locale.ROOT).startsWith(SETUP_PATH)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "De eerste-keer-instelling van Admin is uitgeschakeld.");
      return;
    }
    chain.doFilter(request, response);
  }
}
