package nl.k80.wendbaar.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The login throttle (LoginGuard): failed logins allowed per client address within the period,
 * and addresses that are never throttled (the server itself, so an operator always has a way in).
 * Defaults in application.yaml.
 */
@ConfigurationProperties("k80.security.login")
@Validated
public class LoginProperties {

  @Min(1) private int failures;
  @NotNull private Duration period;
  private List<String> trustedAddresses = new ArrayList<>();

  public int getFailures() {
    return failures;
  }

  public void setFailures(int failures) {
    this.failures = failures;
  }

  public Duration getPeriod() {
    return period;
  }

  public void setPeriod(Duration period) {
    this.period = period;
  }

  public List<String> getTrustedAddresses() {
    return trustedAddresses;
  }

  public void setTrustedAddresses(List<String> trustedAddresses) {
    this.trustedAddresses = trustedAddresses;
  }
}
