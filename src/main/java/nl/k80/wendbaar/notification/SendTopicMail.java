package nl.k80.wendbaar.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.k80.wendbaar.notification.Mailer.Mail;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task of topicMail: for each mail of the batch, looks up who receives it and renders
 * it; the batch goes out over one connection to the mail server. It runs as a job after the
 * requesting transaction has committed; a failure is retried on the BPMN's retry cycle (a retry
 * sends the batch's mails again, at least once each) and ends as an incident in Cockpit carrying
 * the mail error. Each mail's Message-ID is the process's id and its
 * place in the batch, the same on every try, so a resent copy can be recognised as one. Nobody to
 * mail (no e-mail address) is no error.
 */
@Component("sendTopicMail")
class SendTopicMail implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Mailer mailer;
  private final Recipients recipients;
  private final MailProperties properties;

  SendTopicMail(Mailer mailer, Recipients recipients, MailProperties properties) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution batch) throws MessagingException, IOException {
    List<Map<String, Object>> mails = JSON.readValue((String) batch.getVariable(TopicMail.MAILS),
        new TypeReference<>() {});
    List<Mail> addressed = new ArrayList<>();
    for (int i = 0; i < mails.size(); i++) {
      mail(mails.get(i), batch.getProcessInstanceId() + "-" + (i + 1)).ifPresent(addressed::add);
    }
    mailer.send(addressed);
  }

  /** The mail the facts ask for, to the addresses its recipients have now; none if nobody has one. */
  private Optional<Mail> mail(Map<String, Object> facts, String messageId) {
    Set<String> to = new LinkedHashSet<>(recipients.ofUser((String) facts.get("toUser")));
    @SuppressWarnings("unchecked")
    List<String> groups = (List<String>) facts.getOrDefault("toGroups", List.of());
    to.addAll(recipients.ofGroups(groups));
    if (to.isEmpty()) {
      return Optional.empty();
    }
    MailEvent event = MailEvent.valueOf((String) facts.get(TopicMail.EVENT));
    return Optional.of(new Mail(to, List.of(),
        event.subject((String) facts.get(TopicIntake.REFERENCE), (String) facts.get(TopicIntake.TITLE)), "topic",
        model(facts, properties.getBaseUrl()), List.of(), messageId));
  }

  /** What templates/mail/topic.* render: the facts the request copied, with their Dutch words and the link. */
  static Map<String, Object> model(Map<String, Object> facts, String baseUrl) {
    Map<String, Object> model = new HashMap<>(facts);
    Decider decider = Choice.of(Decider.class, facts.get(TopicIntake.DECIDED_BY));
    model.put("decidedByText", decider == null ? "" : decider.inSentence());
    model.put("byBoard", decider == Decider.DAGELIJKS_BESTUUR);
    model.put("finalDecisionText", Choice.label(Decision.class, facts.get(TopicIntake.FINAL_DECISION)));
    model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/default/"
        + (facts.get("taskId") == null ? "" : "#/?task=" + facts.get("taskId")));
    return model;
  }
}
