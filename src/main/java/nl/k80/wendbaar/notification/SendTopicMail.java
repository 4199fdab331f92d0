package nl.k80.wendbaar.notification;

import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.notification.Mailer.Mail;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task of topicMail: renders and sends one mail. It runs as a job after the
 * requesting transaction has committed; a failure is retried on the BPMN's retry cycle and ends
 * as an incident in Cockpit carrying the mail error. The Message-ID is the mail process's id, the
 * same on every try, so a mail that is resent after an uncertain failure can be recognised as one.
 */
@Component("sendTopicMail")
class SendTopicMail implements JavaDelegate {

  private final Mailer mailer;
  private final MailProperties properties;

  SendTopicMail(Mailer mailer, MailProperties properties) {
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution mail) throws MessagingException {
    Map<String, Object> model = model(mail.getVariables(), properties.getBaseUrl());
    MailEvent event = MailEvent.valueOf((String) model.get("mailEvent"));
    mailer.send(new Mail(Arrays.asList(((String) model.get("recipients")).split(",\\s*")), List.of(),
        event.subject((String) model.get(TopicIntake.REFERENCE), (String) model.get(TopicIntake.TITLE)), "topic", model,
        List.of(), mail.getProcessInstanceId()));
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
