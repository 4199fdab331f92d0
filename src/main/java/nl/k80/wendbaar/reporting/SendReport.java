package nl.k80.wendbaar.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.k80.wendbaar.identity.K80Groups;
import nl.k80.wendbaar.notification.MailProperties;
import nl.k80.wendbaar.notification.MailTemplates;
import nl.k80.wendbaar.notification.TopicMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails the reviewed report to the board (To) and the configured members' list (Bcc), the CSV attached. Runs
 * as a job after the review has committed, retried like every mail; the Message-ID is the same on
 * every try. Nobody to mail is no error.
 */
@Component("sendReport")
class SendReport implements JavaDelegate {

  private final JavaMailSender mailSender;
  private final MailTemplates templates;
  private final MailProperties mail;
  private final ReportProperties properties;
  private final TopicMail topicMail;
  private final ObjectMapper json;

  SendReport(JavaMailSender mailSender, MailTemplates templates, MailProperties mail, ReportProperties properties,
      TopicMail topicMail, ObjectMapper json) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.mail = mail;
    this.properties = properties;
    this.topicMail = topicMail;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException, IOException {
    Set<String> board = topicMail.addressesOf(List.of(K80Groups.BOARD));
    Set<String> members = new LinkedHashSet<>(properties.getRecipients());
    members.removeAll(board);
    if (board.isEmpty() && members.isEmpty()) {
      return;
    }
    JsonValue report = execution.getVariableTyped("report");
    FileValue csv = execution.getVariableTyped("reportCsv");
    SemiannualReport content = json.readValue(report.getValueSerialized(), SemiannualReport.class);
    Object remark = execution.getVariable("reportRemark");
    Map<String, Object> model = new HashMap<>();
    model.put("report", content);
    model.put("period", execution.getVariable("reportPeriod"));
    model.put("remark", remark == null ? "" : remark);
    model.put("outcomes", Labels.OUTCOMES);
    model.put("themes", Labels.THEMES);
    model.put("statuses", Labels.STATUSES);
    model.put("toDecision", ReportSummary.days(content.toDecision()));
    model.put("toCompletion", ReportSummary.days(content.toCompletion()));
    model.put("dashboardUrl", mail.getBaseUrl() + "/camunda/app/cockpit/default/#/k80-dashboard");

    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(mail.getSender());
    helper.setTo(board.toArray(String[]::new));
    // Members' municipalities do not see each other's addresses.
    helper.setBcc(members.toArray(String[]::new));
    helper.setSubject("K80 halfjaarrapportage " + execution.getVariable("reportPeriod"));
    helper.setText(templates.text("report", model), templates.html("report", model));
    helper.addAttachment(csv.getFilename(), new ByteArrayResource(csv.getValue().readAllBytes()), csv.getMimeType());
    message.setHeader("Message-ID", "<" + execution.getProcessInstanceId() + "-report@k80-wendbaar>");
    mailSender.send(message);
  }
}
