package nl.k80.wendbaar.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The security log (logger "k80.security"): logins, throttling and refused requests, each with the
 * user, the client's address (put in the MDC by LoginGuard for every request) and the reason.
 * Never a password.
 */
final class SecurityLog {

  static final String CLIENT = "client";
  private static final Logger LOG = LoggerFactory.getLogger("k80.security");

  static void loginSucceeded(String user, String channel) {
    LOG.info("Login succeeded: user={} address={} via={}", user, MDC.get(CLIENT), channel);
  }

  static void loginFailed(String user, String channel) {
    LOG.warn("Login failed: user={} address={} via={} reason=wrong user or password", user, MDC.get(CLIENT), channel);
  }

  static void throttled(String user, long retryAfterSeconds) {
    LOG.warn("Login refused: user={} address={} reason=too many failed logins from this address, retry after {} s",
        user, MDC.get(CLIENT), retryAfterSeconds);
  }

  static void refused(String user, String command, String reason) {
    LOG.warn("Refused: user={} address={} command={} reason={}", user, MDC.get(CLIENT), command, reason);
  }

  private SecurityLog() {}
}
