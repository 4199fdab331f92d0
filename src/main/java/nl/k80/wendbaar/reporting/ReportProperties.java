package nl.k80.wendbaar.reporting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * When the semiannual report is compiled, over how many months, and who receives it besides the
 * board. The BPMN reads the schedule as ${reportProperties.schedule}. Defaults in application.yaml.
 */
@Component("reportProperties")
@ConfigurationProperties("k80.report")
@Validated
public class ReportProperties {

  /** A Camunda timer cycle: a cron expression (seconds first) or an ISO-8601 repetition. */
  @NotBlank private String schedule;
  /** The report covers the whole months before the month it is compiled in. */
  @Min(1) @Max(24) private int months;
  /** Members' addresses that receive the report, in addition to the board. */
  private List<@Email @NotBlank String> recipients = new ArrayList<>();

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public int getMonths() {
    return months;
  }

  public void setMonths(int months) {
    this.months = months;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<String> recipients) {
    this.recipients = recipients;
  }
}
