package nl.k80.wendbaar.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * In front of every identity check (HTTP Basic on any path, the webapps' login form): a client
 * address with too many failed logins in the period gets HTTP 429 before its credentials are even
 * looked at, so a wrong-password storm from one address cannot lock out the real owner, who logs
 * in from elsewhere (Camunda's own lock per account is off, see application.yaml). An HTTP Basic
 * name with a control character fails as a wrong login without being looked up. Trusted
 * addresses are never throttled. Every login is logged (SecurityLog), and the client address is
 * put in the MDC of every request for the engine's refusals.
 */
class LoginGuard extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");
  private static final Duration SUCCESS_LOGGED_AGAIN_AFTER = Duration.ofHours(1);

  private final LoginProperties properties;
  private final Cache<String, Bucket> failuresPerAddress;
  private final Cache<String, Boolean> recentBasicLogins;

  LoginGuard(LoginProperties properties) {
    this.properties = properties;
    this.failuresPerAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(properties.getPeriod())
        .build();
    this.recentBasicLogins = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(SUCCESS_LOGGED_AGAIN_AFTER)
        .build();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    MDC.put(SecurityLog.CLIENT, address);
    try {
      String basicUser = basicUser(request);
      boolean webappLogin = "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(RequestPaths.of(request)).matches();
      if (basicUser == null && !webappLogin) {
        chain.doFilter(request, response);
        return;
      }
      Bucket failures = properties.getTrustedAddresses().contains(address) ? null
          : failuresPerAddress.get(address, key -> newBucket());
      if (failures != null && failures.getAvailableTokens() == 0) {
        refuse(response, basicUser, failures);
        return;
      }
      if (basicUser != null && basicUser.chars().anyMatch(Character::isISOControl)) {
        // No account has a control character in its id, and PostgreSQL cannot even look up a NUL.
        response.setHeader("WWW-Authenticate", "Basic realm=\"K80 Wendbaar\"");
        ErrorResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
            "Onbekende gebruiker of onjuist wachtwoord.");
        failed(failures, basicUser, "HTTP Basic");
        return;
      }
      HttpServletRequest attempt = webappLogin ? new ContentCachingRequestWrapper(request) : request;
      chain.doFilter(attempt, response);
      String user = webappLogin ? formUser((ContentCachingRequestWrapper) attempt) : basicUser;
      String channel = webappLogin ? "webapp" : "HTTP Basic";
      if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
        failed(failures, user, channel);
      } else if (response.getStatus() < 300 && (webappLogin || recentBasicLogins.asMap().putIfAbsent(user + "@" + address, true) == null)) {
        SecurityLog.loginSucceeded(user, channel);
      }
    } finally {
      MDC.remove(SecurityLog.CLIENT);
    }
  }

  private static void failed(Bucket failures, String user, String channel) {
    if (failures != null) {
      failures.tryConsume(1);
    }
    SecurityLog.loginFailed(user, channel);
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.getFailures())
        .refillGreedy(properties.getFailures(), properties.getPeriod()).build()).build();
  }

  private static void refuse(HttpServletResponse response, String user, Bucket failures) throws IOException {
    long seconds = Math.max(1, Duration.ofNanos(failures.estimateAbilityToConsume(1).getNanosToWaitForRefill()).toSeconds());
    SecurityLog.throttled(user == null ? "(webapp login)" : user, seconds);
    response.setHeader("Retry-After", Long.toString(seconds));
    ErrorResponse.write(response, 429, "TooManyFailedLogins", "Te veel mislukte aanmeldingen vanaf dit adres."
        + " Probeer het over " + seconds + " seconden opnieuw.");
  }

  /** The user of an HTTP Basic header, or null without one. */
  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? credentials : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return "(unreadable)";
    }
  }

  /** The user name the login form posted; the password is never read. */
  private static String formUser(ContentCachingRequestWrapper request) {
    for (String field : new String(request.getContentAsByteArray(), StandardCharsets.UTF_8).split("&")) {
      if (field.startsWith("username=")) {
        return URLDecoder.decode(field.substring("username=".length()), StandardCharsets.UTF_8);
      }
    }
    return "(none)";
  }
}
