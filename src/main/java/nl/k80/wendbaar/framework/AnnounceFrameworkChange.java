package nl.k80.wendbaar.framework;

import jakarta.mail.MessagingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.k80.wendbaar.notification.Mailer;
import nl.k80.wendbaar.notification.Mailer.Mail;
import nl.k80.wendbaar.notification.Recipients;
import nl.k80.wendbaar.topic.Board;
import nl.k80.wendbaar.topic.FrameworkChange;
import nl.k80.wendbaar.topic.Secretariat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task announceFrameworkChange: tells the board and the secretariat that a new version of
 * the afwegingskader is in force, why, and how many past topics it would have sent elsewhere. A job
 * of its own after the deployment, retried on the mail retry cycle like every mail.
 */
@Component("announceFrameworkChange")
class AnnounceFrameworkChange implements JavaDelegate {

  private final Mailer mailer;
  private final Recipients recipients;

  AnnounceFrameworkChange(Mailer mailer, Recipients recipients) {
    this.mailer = mailer;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution proposal) throws MessagingException {
    Set<String> to = recipients.ofGroups(List.of(Board.GROUP, Secretariat.GROUP));
    if (to.isEmpty()) {
      return;
    }
    Map<String, Object> model = new HashMap<>();
    for (String name : List.of(FrameworkChange.DEPLOYED_VERSION, FrameworkChange.COMPARED_VERSION,
        FrameworkChange.MOTIVATION, FrameworkChange.APPROVAL_MOTIVATION, FrameworkChange.WHAT_IF_CHANGED_TOPICS)) {
      model.put(name, proposal.getVariable(name));
    }
    mailer.send(new Mail(to, List.of(), "[K80] Afwegingskader gewijzigd: versie "
        + proposal.getVariable(FrameworkChange.DEPLOYED_VERSION), "framework", model, List.of(),
        proposal.getProcessInstanceId() + "-framework"));
  }
}
