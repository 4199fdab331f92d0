package nl.k80.wendbaar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import nl.k80.wendbaar.notification.Mailer.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A batch of mails goes to the mail server in one call (one connection), each message whole. */
class MailerTest {

  /** Records what each call to the mail server would send, without a server. */
  static final class RecordingSender extends JavaMailSenderImpl {
    final List<List<MimeMessage>> calls = new ArrayList<>();

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      calls.add(List.of(messages));
    }
  }

  final RecordingSender server = new RecordingSender();
  final Mailer mailer = new Mailer(server, new MailTemplates(), properties());

  @Test
  void theMailsOfABatchGoOutInOneCallEachWithItsOwnIdAndSubject() throws MessagingException {
    mailer.send(List.of(mail("Eerste", "batch-1"), mail("Tweede", "batch-2")));

    assertThat(server.calls).hasSize(1);
    assertThat(server.calls.get(0)).hasSize(2);
    assertThat(server.calls.get(0).get(0).getSubject()).isEqualTo("Eerste");
    assertThat(server.calls.get(0).get(0).getMessageID()).isEqualTo("<batch-1@k80-wendbaar>");
    assertThat(server.calls.get(0).get(1).getSubject()).isEqualTo("Tweede");
    assertThat(server.calls.get(0).get(1).getMessageID()).isEqualTo("<batch-2@k80-wendbaar>");
  }

  @Test
  void anEmptyBatchDoesNotContactTheServer() throws MessagingException {
    mailer.send(List.of());

    assertThat(server.calls).isEmpty();
  }

  private static Mail mail(String subject, String messageId) {
    return new Mail(List.of("ambtenaar@k80.example"), List.of(), subject, "topic",
        MailTemplatesTest.rendered(MailTemplatesTest.model("ACCEPTED")), List.of(), messageId);
  }

  private static MailProperties properties() {
    MailProperties properties = new MailProperties();
    properties.setSender("wendbaar@k80.example");
    return properties;
  }
}
