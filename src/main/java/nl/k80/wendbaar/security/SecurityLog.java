package nl.k80.wendbaar.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The security log (logger "k80.security"): logins, throttling and refused requests, each with the
 * user, the client's address (put in the MDC by LoginGuard for every request) and the reason.
 * Never a password. A user name is the client's to write (HTTP Basic, the login form): its control
 * characters are written escaped, so that a line break in it cannot forge a line of this log.
 */
public final class SecurityLog {

  static final String CLIENT = "client";
  private static final Logger LOG = LoggerFactory.getLogger("k80.security");

  static void loginSucceeded(String user, String channel) {
    LOG.info("Login succeeded: user={} address={} via={}", escaped(user), MDC.get(CLIENT), channel);
  }

  static void loginFailed(String user, String channel) {
    LOG.warn("Login failed: user={} address={} via={} reason=wrong user or password", escaped(user), MDC.get(CLIENT),
        channel);
  }

  static void throttled(String user, long retryAfterSeconds) {
    LOG.warn("Login refused: user={} address={} reason=too many failed logins from this address, retry after {} s",
        escaped(user), MDC.get(CLIENT), retryAfterSeconds);
  }

  public static void refused(String user, String command, String reason) {
    LOG.warn("Refused: user={} address={} command={} reason={}", escaped(user), MDC.get(CLIENT), command, reason);
  }

  static String escaped(String text) {
    if (text == null || text.chars().noneMatch(Character::isISOControl)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
    return escaped.toString();
  }

  private SecurityLog() {}
}
