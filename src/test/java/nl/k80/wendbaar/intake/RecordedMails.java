package nl.k80.wendbaar.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.k80.wendbaar.notification.MailEvent;
import nl.k80.wendbaar.notification.Recipients;
import nl.k80.wendbaar.notification.TopicMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The mail requests of topicIntake, recorded instead of sent: the process test proves each is
 * made at the right moment to the right people; sending is proven with a real SMTP server in the
 * notification tests.
 */
class RecordedMails extends TopicMail {

  record Request(String reference, MailEvent event, Set<String> recipients) {}

  final List<Request> requests = new ArrayList<>();

  private final Recipients recipients;

  RecordedMails(ProcessEngine engine) {
    super(engine.getRuntimeService());
    this.recipients = new Recipients(engine.getIdentityService());
  }

  /** Records the request with the addresses the mail would go to. */
  @Override
  protected void request(VariableScope topic, MailEvent event, MailTo to, DelegateTask task) {
    Set<String> addresses = new LinkedHashSet<>(recipients.ofUser(to.user()));
    addresses.addAll(recipients.ofGroups(to.groups()));
    requests.add(new Request((String) topic.getVariable("reference"), event, addresses));
  }

  List<MailEvent> eventsFor(String reference) {
    return requests.stream().filter(r -> r.reference().equals(reference)).map(Request::event).toList();
  }

  Set<String> recipientsOf(String reference, MailEvent event) {
    return requests.stream().filter(r -> r.reference().equals(reference) && r.event() == event)
        .map(Request::recipients).reduce((a, b) -> b).orElseThrow();
  }
}
