package nl.k80.wendbaar.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Requests the mails of a topic from the BPMN (listeners on topicIntake, e.g.
 * ${topicMail.toSubmitter(execution, 'ACCEPTED')}). A request starts a topicMail process in the
 * transaction that decided it: the mail is sent by that process's job only after this transaction
 * commits, and is retried there. It copies what the mail tells, so a mail says what was true when
 * it was decided. Nobody to mail is no error.
 */
@Component("topicMail")
public class TopicMail {

  static final String PROCESS = "topicMail";
  static final List<String> TOPIC_FIELDS = List.of(TopicIntake.REFERENCE, TopicIntake.TITLE, TopicIntake.SUBMITTER,
      "screeningRemark", "duplicateOf", TopicIntake.FINAL_DECISION, TopicIntake.DECIDED_BY, TopicIntake.MOTIVATION,
      TopicIntake.BOARD_MOTIVATION, "resultSummary", TopicIntake.PORTFOLIO_GROUP);

  private final RuntimeService runtimeService;
  private final Recipients recipients;

  public TopicMail(RuntimeService runtimeService, Recipients recipients) {
    this.runtimeService = runtimeService;
    this.recipients = recipients;
  }

  /** To the official who submitted the topic. */
  public void toSubmitter(DelegateExecution topic, String event) {
    request(topic, MailEvent.valueOf(event), recipients.ofUser((String) topic.getVariable(TopicIntake.SUBMITTER)),
        null);
  }

  /** To every member of the groups a new task is offered to. */
  public void toCandidates(DelegateTask task, String event) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    request(task, MailEvent.valueOf(event), recipients.ofGroups(groups), task);
  }

  /** To every member of the given groups. */
  public void toGroups(DelegateExecution topic, MailEvent event, Collection<String> groups) {
    request(topic, event, recipients.ofGroups(groups), null);
  }

  /** Starts the mail's own process; a test may record the request instead. */
  protected void request(VariableScope topic, MailEvent event, Set<String> addresses, DelegateTask task) {
    if (addresses.isEmpty()) {
      return;
    }
    Map<String, Object> mail = new HashMap<>();
    TOPIC_FIELDS.forEach(field -> mail.put(field, topic.getVariable(field)));
    mail.put("mailEvent", event.name());
    mail.put("recipients", String.join(", ", addresses));
    if (task != null) {
      mail.put("taskId", task.getId());
      mail.put("taskName", task.getName());
    }
    Context.getCommandContext().runWithoutAuthorization(() ->
        runtimeService.startProcessInstanceByKey(PROCESS, (String) topic.getVariable(TopicIntake.REFERENCE), mail));
  }
}
