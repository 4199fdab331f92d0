package nl.k80.wendbaar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body above the limit before anybody reads it. Camunda's REST APIs read a body
 * whole into memory (a form's variables, a file as Base64) and only then check it, and Tomcat
 * limits only form posts: a few requests of some hundred megabytes from any logged-in user would
 * fill the heap. A body must declare its length (411 for a chunked one, which no form or webapp
 * sends) and stay within the limit (413). A client that asks first (Expect: 100-continue) is
 * answered before it sends the body.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimit(RequestProperties properties) {
    this.maxBytes = properties.getMaxSize().toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
      refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "Een verzoek moet de lengte van zijn inhoud noemen.");
    } else if (request.getContentLengthLong() > maxBytes) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Een verzoek mag ten hoogste " + maxBytes / 1024 + " kB zijn.");
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Connection: close, as the body is left unread. */
  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setHeader("Connection", "close");
    ErrorResponse.write(response, status, "RequestRefused", message);
  }
}
