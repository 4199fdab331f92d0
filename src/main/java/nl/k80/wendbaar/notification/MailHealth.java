package nl.k80.wendbaar.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server in /actuator/health. Mail is sent by retried jobs, so an unreachable server
 * delays mail but blocks nothing: it shows as DEGRADED and leaves the application UP (see
 * management.endpoint.health.status.order), instead of having an orchestrator restart it.
 */
@Configuration
class MailHealth {

  static final Status DEGRADED = new Status("DEGRADED", "Mailserver onbereikbaar; mails wachten en worden later verstuurd");

  @Bean
  HealthIndicator mailHealthIndicator(JavaMailSenderImpl mailSender) {
    MailHealthIndicator probe = new MailHealthIndicator(mailSender);
    return () -> {
      Health health = probe.health();
      return Status.DOWN.equals(health.getStatus()) ? Health.status(DEGRADED).build() : health;
    };
  }
}
