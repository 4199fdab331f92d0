package nl.k80.wendbaar.register;

import java.util.List;
import java.util.stream.Stream;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.TopicStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the topic register (table k80_topic) that report, dashboard, the topics API and the
 * assessment's portfolio count read, called from listeners in topicIntake
 * (${topicRegister.submitted(execution)} and so on). Each write is part of the engine transaction
 * that moved the topic: the register never tells a state the process did not reach. Which status
 * an activity or end event means is TopicStatus's to say.
 */
@Component("topicRegister")
public class TopicRegister {

  private final JdbcTemplate jdbc;
  private final RegisterRows rows;

  public TopicRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.rows = new RegisterRows(jdbc);
  }

  /** How many topics of the portfolio group are being planned or executed now (one indexed count). */
  public int inWork(String portfolioGroup) {
    List<String> inWork = TopicStatus.inWorkNames();
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM k80_topic WHERE portfolio_group = ? AND status IN ("
        + Placeholders.of(inWork) + ")", Integer.class,
        Stream.concat(Stream.of(portfolioGroup), inWork.stream()).toArray());
    return count == null ? 0 : count;
  }

  /** A reference has just been assigned to a new topic. */
  public void submitted(DelegateExecution topic) {
    rows.submitted(TopicFacts.of(topic), K80Time.now());
  }

  /** A decision the topic acts on has been recorded. */
  public void decided(DelegateExecution topic) {
    rows.decided(TopicFacts.of(topic), K80Time.now());
  }

  /** The topic has reached an activity where it waits with a status of its own. */
  public void waiting(DelegateExecution topic) {
    TopicStatus.waitingAt(topic.getCurrentActivityId()).ifPresent(status -> rows.waiting(TopicFacts.of(topic), status));
  }

  /** The topic is watched for the period the model's timer waits (an ISO-8601 duration such as P3M). */
  public void watched(DelegateExecution topic, String period) throws Exception {
    rows.watched(TopicFacts.of(topic), K80Time.moment(new DurationHelper(period).getDateAfter()));
  }

  /** The topic has reached one of its end events. */
  public void closed(DelegateExecution topic) {
    rows.closed(TopicFacts.of(topic), TopicStatus.endedAt(topic.getCurrentActivityId()), K80Time.now());
  }

  /**
   * The topic's process has ended. An end event has already said how; only an operator's
   * cancellation (Cockpit, REST) reaches here with the topic still open.
   */
  public void ended(DelegateExecution topic) {
    if (topic.isCanceled()) {
      rows.closed(TopicFacts.of(topic), TopicStatus.GEANNULEERD, K80Time.now());
    }
  }
}
