package nl.k80.wendbaar.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Sender, link base and retry cycle of K80's mail; the BPMN reads the cycle as
 * ${mailProperties.retryCycle}. Defaults in application.yaml.
 */
@Component("mailProperties")
@ConfigurationProperties("k80.mail")
@Validated
public class MailProperties {

  @NotBlank private String sender;
  @NotBlank private String baseUrl;
  @Pattern(regexp = "R\\d+/P.+") private String retryCycle;

  public String getSender() {
    return sender;
  }

  public void setSender(String sender) {
    this.sender = sender;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    this.retryCycle = retryCycle;
  }
}
