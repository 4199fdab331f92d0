package nl.k80.wendbaar.framework;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on checking a proposed afwegingskader. Default in application.yaml.
 *
 * <p>checkTimeLimit bounds how long the check may evaluate one candidate: a 650 KB candidate of long
 * value lists kept a job thread busy for nine minutes, past the job's lock, after which the job
 * executor starts the same check again beside it.
 */
@ConfigurationProperties("k80.framework")
@Validated
public class FrameworkProperties {

  @NotNull private Duration checkTimeLimit;

  public Duration getCheckTimeLimit() {
    return checkTimeLimit;
  }

  public void setCheckTimeLimit(Duration checkTimeLimit) {
    this.checkTimeLimit = checkTimeLimit;
  }
}
