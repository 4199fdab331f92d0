package nl.k80.wendbaar.intake;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Periods of the intake as ISO-8601 durations (P14D, P3M, PT12H), read by the BPMN timers as
 * ${intakeProperties.watchPeriod}. Defaults in application.yaml.
 */
@Component("intakeProperties")
@ConfigurationProperties("k80.intake")
@Validated
public class IntakeProperties {

  private static final String ISO_DURATION =
      "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";

  @Pattern(regexp = ISO_DURATION) private String supplementTimeout;
  @Pattern(regexp = ISO_DURATION) private String planReminder;
  @Pattern(regexp = ISO_DURATION) private String planEscalation;
  @Pattern(regexp = ISO_DURATION) private String watchPeriod;

  public String getSupplementTimeout() {
    return supplementTimeout;
  }

  public void setSupplementTimeout(String supplementTimeout) {
    this.supplementTimeout = supplementTimeout;
  }

  public String getPlanReminder() {
    return planReminder;
  }

  public void setPlanReminder(String planReminder) {
    this.planReminder = planReminder;
  }

  public String getPlanEscalation() {
    return planEscalation;
  }

  public void setPlanEscalation(String planEscalation) {
    this.planEscalation = planEscalation;
  }

  public String getWatchPeriod() {
    return watchPeriod;
  }

  public void setWatchPeriod(String watchPeriod) {
    this.watchPeriod = watchPeriod;
  }
}
