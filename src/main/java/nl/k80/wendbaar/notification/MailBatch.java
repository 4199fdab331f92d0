package nl.k80.wendbaar.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * The mails one engine transaction asks for (a submission: the receipt to the official and the
 * new-task mail to the secretariat), handed to one topicMail process just before the transaction
 * commits, in it. One process per transaction instead of one per mail: half the work, the same
 * guarantee (the request commits with what it decided, or not at all).
 */
final class MailBatch implements CommandContextListener {

  private static final Map<CommandContext, MailBatch> OPEN = new ConcurrentHashMap<>();

  private final List<Map<String, Object>> mails = new ArrayList<>();
  private final Consumer<MailBatch> send;
  private String reference;

  private MailBatch(Consumer<MailBatch> send) {
    this.send = send;
  }

  /** The batch of this transaction, opened with its first mail. */
  static MailBatch of(CommandContext context, Consumer<MailBatch> send) {
    return OPEN.computeIfAbsent(context, opened -> {
      MailBatch batch = new MailBatch(send);
      opened.registerCommandContextListener(batch);
      return batch;
    });
  }

  void add(String topicReference, Map<String, Object> mail) {
    if (reference == null) {
      reference = topicReference;
    }
    mails.add(mail);
  }

  List<Map<String, Object>> mails() {
    return mails;
  }

  String reference() {
    return reference;
  }

  @Override
  public void onCommandContextClose(CommandContext context) {
    OPEN.remove(context);
    send.accept(this);
  }

  @Override
  public void onCommandFailed(CommandContext context, Throwable failure) {
    OPEN.remove(context);
  }
}
