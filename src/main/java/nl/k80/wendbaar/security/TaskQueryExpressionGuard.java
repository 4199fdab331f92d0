package nl.k80.wendbaar.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Arrays;
import java.util.regex.Pattern;
import nl.k80.wendbaar.identity.K80Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expressions (${...}, #{...}) in task queries and task filters for everybody but
 * administrators: an expression there runs code on the server. The engine's own ad hoc check
 * misses expressions nested in orQueries, and a stored filter evaluates whatever it holds, so
 * the check sits in front of both REST APIs (the public one and the one the webapps use) and
 * reads every string of the request, however deeply nested or JSON-escaped.
 */
class TaskQueryExpressionGuard extends OncePerRequestFilter {

  private static final Pattern API_ROOT = Pattern.compile("^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?");
  private static final Pattern GUARDED = Pattern.compile("^/(task(/count)?|filter(/.*)?)/?$");
  private static final String[] EXPRESSION_MARKERS = {"${", "#{"};
  private static final int MAX_BODY_BYTES = 1024 * 1024;

  private final IdentityService identityService;
  private final ObjectMapper objectMapper = new ObjectMapper();

  TaskQueryExpressionGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String apiPath = API_ROOT.matcher(RequestPaths.of(request)).replaceFirst("");
    if (!GUARDED.matcher(apiPath).matches() || isAdministrator(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES);
    if (containsExpression(request.getParameterMap().values()) || containsExpression(body)) {
      ErrorResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Expressies (${...} of #{...}) in taakopvragingen en filters zijn alleen voor beheerders toegestaan.");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private boolean isAdministrator(HttpServletRequest request) {
    Authentication restUser = identityService.getCurrentAuthentication();
    if (restUser != null) {
      return K80Groups.isAdministrator(restUser.getGroupIds());
    }
    if (request.getSession(false) == null) {
      return false;
    }
    Authentications webappUsers = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    return webappUsers.getAuthentications().stream().anyMatch(user -> K80Groups.isAdministrator(user.getGroupIds()));
  }

  private static boolean containsExpression(Collection<String[]> parameterValues) {
    return parameterValues.stream().flatMap(Arrays::stream).anyMatch(TaskQueryExpressionGuard::isExpression);
  }

  private boolean containsExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return containsExpression(objectMapper.readTree(body));
    } catch (IOException notJson) {
      // Not JSON: the API will refuse it itself; judge the raw text to be safe.
      return isExpression(new String(body, StandardCharsets.UTF_8));
    }
  }

  private static boolean containsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return isExpression(node.textValue());
    }
    for (JsonNode child : node) {
      if (containsExpression(child)) {
        return true;
      }
    }
    var names = node.fieldNames();
    while (names.hasNext()) {
      if (isExpression(names.next())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExpression(String value) {
    for (String marker : EXPRESSION_MARKERS) {
      if (value != null && value.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Replays the body the guard has read, for the REST resource behind it. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
