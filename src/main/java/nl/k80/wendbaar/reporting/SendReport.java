package nl.k80.wendbaar.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.k80.wendbaar.identity.K80Groups;
import nl.k80.wendbaar.notification.MailProperties;
import nl.k80.wendbaar.notification.Mailer;
import nl.k80.wendbaar.notification.Mailer.Attachment;
import nl.k80.wendbaar.notification.Mailer.Mail;
import nl.k80.wendbaar.notification.Recipients;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Mails the reviewed report to the board (To) and the configured members' list (Bcc), the CSV attached. Runs
 * as a job after the review has committed, retried like every mail; the Message-ID is the same on
 * every try. Nobody to mail is no error.
 */
@Component("sendReport")
class SendReport implements JavaDelegate {

  private final Mailer mailer;
  private final Recipients recipients;
  private final MailProperties mail;
  private final ReportProperties properties;
  private final ObjectMapper json;

  SendReport(Mailer mailer, Recipients recipients, MailProperties mail, ReportProperties properties, ObjectMapper json) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.mail = mail;
    this.properties = properties;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException, IOException {
    Set<String> board = recipients.ofGroups(List.of(K80Groups.BOARD));
    // Members' municipalities do not see each other's addresses: they are in Bcc.
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
    model.put("outcomes", Outcomes.LABELS);
    model.put("themes", Choice.labels(Theme.class));
    model.put("statuses", Choice.labels(TopicStatus.class));
    model.put("toDecision", ReportSummary.days(content.toDecision()));
    model.put("toCompletion", ReportSummary.days(content.toCompletion()));
    model.put("dashboardUrl", mail.getBaseUrl() + "/camunda/app/cockpit/default/#/k80-dashboard");
    mailer.send(new Mail(board, members, "K80 halfjaarrapportage " + execution.getVariable("reportPeriod"), "report",
        model, List.of(new Attachment(csv.getFilename(), csv.getValue().readAllBytes(), csv.getMimeType())),
        execution.getProcessInstanceId() + "-report"));
  }
}
