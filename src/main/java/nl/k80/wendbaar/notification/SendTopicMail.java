package nl.k80.wendbaar.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The service task of topicMail: renders and sends one mail. It runs as a job after the
 * requesting transaction has committed; a failure is retried on the BPMN's retry cycle and ends
 * as an incident in Cockpit carrying the mail error. The Message-ID is the mail process's id, the
 * same on every try, so a mail that is resent after an uncertain failure can be recognised as one.
 */
@Component("sendTopicMail")
class SendTopicMail implements JavaDelegate {

  static final Map<String, String> LABELS = Map.of(
      "OPPAKKEN", "Oppakken", "AANSLUITEN", "Aansluiten bij een partner", "VOLGEN", "Volgen",
      "NIET_OPPAKKEN", "Niet oppakken", "VOORLEGGEN_DB", "Voorleggen aan het Dagelijks Bestuur",
      "AFWEGINGSKADER", "het afwegingskader", "DAGELIJKS_BESTUUR", "het Dagelijks Bestuur");

  private final JavaMailSender mailSender;
  private final MailTemplates templates;
  private final MailProperties properties;

  SendTopicMail(JavaMailSender mailSender, MailTemplates templates, MailProperties properties) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution mail) throws MessagingException {
    Map<String, Object> model = new HashMap<>(mail.getVariables());
    model.put("labels", LABELS);
    model.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/default/"
        + (model.get("taskId") == null ? "" : "#/?task=" + model.get("taskId")));
    MailEvent event = MailEvent.valueOf((String) model.get("mailEvent"));

    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.getSender());
    helper.setTo(InternetAddress.parse((String) model.get("recipients")));
    helper.setSubject(event.subject((String) model.get("reference"), (String) model.get("title")));
    helper.setText(templates.text("topic", model), templates.html("topic", model));
    message.setHeader("Message-ID", "<" + mail.getProcessInstanceId() + "@k80-wendbaar>");
    mailSender.send(message);
  }
}
