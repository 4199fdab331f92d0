package nl.k80.wendbaar.intake;

import java.util.ArrayList;
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

  RecordedMails(ProcessEngine engine) {
    super(engine.getRuntimeService(), new Recipients(engine.getIdentityService()));
  }

  @Override
  protected void request(VariableScope topic, MailEvent event, Set<String> recipients, DelegateTask task) {
    requests.add(new Request((String) topic.getVariable("reference"), event, recipients));
  }

  List<MailEvent> eventsFor(String reference) {
    return requests.stream().filter(r -> r.reference().equals(reference)).map(Request::event).toList();
  }

  Set<String> recipientsOf(String reference, MailEvent event) {
    return requests.stream().filter(r -> r.reference().equals(reference) && r.event() == event)
        .map(Request::recipients).reduce((a, b) -> b).orElseThrow();
  }
}
