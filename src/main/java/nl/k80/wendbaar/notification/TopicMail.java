package nl.k80.wendbaar.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Requests the mails of a topic from the BPMN (listeners on topicIntake, e.g.
 * ${topicMail.toSubmitter(execution, 'ACCEPTED')}). The mails a transaction asks for start one
 * topicMail process in that transaction (MailBatch), so they are never lost: they are sent by that
 * process's job only after the transaction commits, and retried there. A request copies what the
 * mail tells, so a mail says what was true when it was decided; who receives it (a user, or the
 * members of groups) is looked up when it is sent, not while the user waits.
 */
@Component("topicMail")
public class TopicMail {

  static final String PROCESS = "topicMail";
  /** The variables of topicMail: which mails (readable in Cockpit), and each mail's facts as JSON. */
  static final String EVENTS = "mailEvents";
  static final String MAILS = "mails";
  static final String EVENT = "mailEvent";
  static final List<String> TOPIC_FIELDS = List.of(TopicIntake.REFERENCE, TopicIntake.TITLE, "screeningRemark",
      "duplicateOf", TopicIntake.FINAL_DECISION, TopicIntake.DECIDED_BY, TopicIntake.MOTIVATION,
      TopicIntake.BOARD_MOTIVATION, "resultSummary", TopicIntake.PORTFOLIO_GROUP);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtimeService;

  public TopicMail(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Who a mail goes to: a user, or every member of groups, looked up when it is sent. */
  public record MailTo(String user, List<String> groups) {
    static MailTo user(Object userId) {
      return new MailTo(userId == null ? null : userId.toString(), List.of());
    }

    static MailTo groups(Collection<String> groups) {
      return new MailTo(null, List.copyOf(groups));
    }

    boolean nobody() {
      return user == null && groups.isEmpty();
    }
  }

  /** To the official who submitted the topic. */
  public void toSubmitter(DelegateExecution topic, String event) {
    request(topic, MailEvent.valueOf(event), MailTo.user(topic.getVariable(TopicIntake.SUBMITTER)), null);
  }

  /** To every member of the groups a new task is offered to. */
  public void toCandidates(DelegateTask task, String event) {
    request(task, MailEvent.valueOf(event), MailTo.groups(task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList()), task);
  }

  /** To every member of the given groups. */
  public void toGroups(DelegateExecution topic, MailEvent event, Collection<String> groups) {
    request(topic, event, MailTo.groups(groups), null);
  }

  /** Adds the mail to this transaction's batch; a test may record the request instead. */
  protected void request(VariableScope topic, MailEvent event, MailTo to, DelegateTask task) {
    if (to.nobody()) {
      return;
    }
    Map<String, Object> mail = new LinkedHashMap<>();
    mail.put(EVENT, event.name());
    for (String field : TOPIC_FIELDS) {
      Object value = topic.getVariable(field);
      if (value != null) {
        mail.put(field, value);
      }
    }
    if (task != null) {
      mail.put("taskId", task.getId());
      mail.put("taskName", task.getName());
    }
    mail.put("toUser", to.user());
    mail.put("toGroups", to.groups());
    MailBatch.of(Context.getCommandContext(), this::start).add((String) topic.getVariable(TopicIntake.REFERENCE), mail);
  }

  /** The batch's process, asked for by the process, not by the user whose request moved it: no authorization, no user operation. */
  private void start(MailBatch batch) {
    Map<String, Object> variables = Map.of(
        EVENTS, batch.mails().stream().map(mail -> (String) mail.get(EVENT)).collect(Collectors.joining(", ")),
        MAILS, json(batch.mails()));
    CommandContext context = Context.getCommandContext();
    boolean logging = context.isUserOperationLogEnabled();
    context.disableUserOperationLog();
    try {
      context.runWithoutAuthorization(() -> runtimeService.startProcessInstanceByKey(PROCESS, batch.reference(),
          variables));
    } finally {
      if (logging) {
        context.enableUserOperationLog();
      }
    }
  }

  private static String json(Object mails) {
    try {
      return JSON.writeValueAsString(mails);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
