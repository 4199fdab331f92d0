package nl.k80.wendbaar.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends every mail of K80 Wendbaar: from the configured sender, in UTF-8, as HTML and plain text
 * from one template (templates/mail/<template>.html and .txt), with a Message-ID that the caller
 * keeps the same on every try, so a resent copy is recognisable. Mails are sent by retried jobs
 * (topicMail, semiannualReport), never inside the transaction that asked for them.
 */
@Component
public class Mailer {

  private final JavaMailSender mailSender;
  private final MailTemplates templates;
  private final MailProperties properties;

  Mailer(JavaMailSender mailSender, MailTemplates templates, MailProperties properties) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.properties = properties;
  }

  /** One mail; to, Bcc or both may be empty, not all of them. */
  public record Mail(Collection<String> to, Collection<String> bcc, String subject, String template,
      Map<String, Object> model, List<Attachment> attachments, String messageId) {}

  public record Attachment(String filename, byte[] content, String mimeType) {}

  public void send(Mail mail) throws MessagingException {
    send(List.of(mail));
  }

  /** Several mails over one connection to the mail server; if one fails, the whole call fails (and is retried). */
  public void send(List<Mail> mails) throws MessagingException {
    List<MimeMessage> messages = new ArrayList<>();
    for (Mail mail : mails) {
      messages.add(message(mail));
    }
    if (!messages.isEmpty()) {
      mailSender.send(messages.toArray(MimeMessage[]::new));
    }
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.getSender());
    helper.setTo(addresses(mail.to()));
    helper.setBcc(addresses(mail.bcc()));
    helper.setSubject(mail.subject());
    helper.setText(templates.text(mail.template(), mail.model()), templates.html(mail.template(), mail.model()));
    for (Attachment attachment : mail.attachments()) {
      helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.mimeType());
    }
    message.setHeader("Message-ID", "<" + mail.messageId() + "@k80-wendbaar>");
    return message;
  }

  private static InternetAddress[] addresses(Collection<String> addresses) throws MessagingException {
    return InternetAddress.parse(String.join(", ", addresses));
  }
}
