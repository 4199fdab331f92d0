package nl.k80.wendbaar.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
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
  static final List<String> TOPIC_FIELDS = List.of("reference", "title", "submitter", "screeningRemark",
      "duplicateOf", "finalDecision", "decidedBy", "motivation", "boardMotivation", "resultSummary",
      "portfolioGroup");

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public TopicMail(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** To the official who submitted the topic. */
  public void toSubmitter(DelegateExecution topic, String event) {
    Object submitter = topic.getVariable("submitter");
    Set<String> addresses = addresses(submitter == null ? List.of() : List.of(userById((String) submitter)));
    request(topic, MailEvent.valueOf(event), addresses, null);
  }

  /** To every member of the groups a new task is offered to. */
  public void toCandidates(DelegateTask task, String event) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    request(task, MailEvent.valueOf(event), addressesOf(groups), task);
  }

  /** To every member of the given groups. */
  public void toGroups(DelegateExecution topic, MailEvent event, Collection<String> groups) {
    request(topic, event, addressesOf(groups), null);
  }

  /** Starts the mail's own process; a test may record the request instead. */
  protected void request(VariableScope topic, MailEvent event, Set<String> recipients, DelegateTask task) {
    if (recipients.isEmpty()) {
      return;
    }
    Map<String, Object> mail = new HashMap<>();
    TOPIC_FIELDS.forEach(field -> mail.put(field, topic.getVariable(field)));
    mail.put("mailEvent", event.name());
    mail.put("recipients", String.join(", ", recipients));
    if (task != null) {
      mail.put("taskId", task.getId());
      mail.put("taskName", task.getName());
    }
    Context.getCommandContext().runWithoutAuthorization(() ->
        runtimeService.startProcessInstanceByKey(PROCESS, (String) topic.getVariable("reference"), mail));
  }

  /** The e-mail addresses of every member of the groups; members without one are skipped. */
  public Set<String> addressesOf(Collection<String> groups) {
    return Context.getCommandContext().runWithoutAuthorization(() -> addresses(groups.stream()
        .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream()).toList()));
  }

  private User userById(String id) {
    return Context.getCommandContext().runWithoutAuthorization(() ->
        identityService.createUserQuery().userId(id).singleResult());
  }

  private static Set<String> addresses(Collection<User> users) {
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : users) {
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }
}
