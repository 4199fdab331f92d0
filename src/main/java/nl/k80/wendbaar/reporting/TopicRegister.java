package nl.k80.wendbaar.reporting;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import nl.k80.wendbaar.intake.K80Time;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the topic register (table k80_topic) that report and dashboard read. Called from
 * listeners in topicIntake (${topicRegister.submitted(execution)} and so on), so each write is
 * part of the engine transaction that moved the topic: the register never tells a state the
 * process did not reach. A topic is found by its process instance, never by a variable's value.
 */
@Component("topicRegister")
public class TopicRegister {

  private final JdbcTemplate jdbc;

  public TopicRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A reference has just been assigned to a new topic. */
  public void submitted(DelegateExecution topic) {
    jdbc.update("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality, status,"
            + " submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        topic.getVariable("reference"), topic.getProcessInstanceId(), topic.getVariable("title"), topic.getVariable("theme"),
        topic.getVariable("source"), topic.getVariable("municipality"), TopicStatus.IN_SCREENING.name(), now());
  }

  /**
   * A decision the process acts on has been recorded. Screening may have corrected the topic, so
   * its description is refreshed too. The lead time to a decision counts to the first one; the
   * lead time to completion starts at the latest.
   */
  public void decided(DelegateExecution topic) {
    String finalDecision = (String) topic.getVariable("finalDecision");
    boolean byBoard = "DAGELIJKS_BESTUUR".equals(topic.getVariable("decidedBy"));
    OffsetDateTime now = now();
    jdbc.update("UPDATE k80_topic SET title = ?, theme = ?, source = ?, municipality = ?, portfolio_group = ?,"
            + " final_decision = ?, decided_by = ?, motivation = ?, status = ?, decided_at = ?,"
            + " first_decided_at = COALESCE(first_decided_at, ?),"
            + " days_to_decision = COALESCE(days_to_decision, ?) WHERE process_instance_id = ?",
        topic.getVariable("title"), topic.getVariable("theme"), topic.getVariable("source"),
        topic.getVariable("municipality"), topic.getVariable("portfolioGroup"), finalDecision,
        topic.getVariable("decidedBy"), topic.getVariable(byBoard ? "boardMotivation" : "motivation"),
        TopicStatus.after(finalDecision).name(),
        now, now, daysSince("submitted_at", topic), topic.getProcessInstanceId());
  }

  /** The topic moved on without a decision (put before the board, work started). */
  public void moved(DelegateExecution topic, String status) {
    jdbc.update("UPDATE k80_topic SET status = ? WHERE process_instance_id = ?", TopicStatus.valueOf(status).name(),
        topic.getProcessInstanceId());
  }

  /** The topic's process ended here. */
  public void closed(DelegateExecution topic, String status) {
    TopicStatus closing = TopicStatus.valueOf(status);
    OffsetDateTime now = now();
    if (closing.completed()) {
      jdbc.update("UPDATE k80_topic SET status = ?, closed_at = ?, completed_at = ?, days_to_completion = ?"
          + " WHERE process_instance_id = ?", closing.name(), now, now, daysSince("decided_at", topic),
          topic.getProcessInstanceId());
    } else {
      jdbc.update("UPDATE k80_topic SET status = ?, closed_at = ? WHERE process_instance_id = ?", closing.name(), now,
          topic.getProcessInstanceId());
    }
  }

  /**
   * The topic's process has ended. An end event has already said how; only an operator's
   * cancellation (Cockpit, REST) reaches here with the topic still open.
   */
  public void ended(DelegateExecution topic) {
    if (topic.isCanceled()) {
      jdbc.update("UPDATE k80_topic SET status = ?, closed_at = ? WHERE process_instance_id = ? AND closed_at IS NULL",
          TopicStatus.GEANNULEERD.name(), now(), topic.getProcessInstanceId());
    }
  }

  /** Whole Dutch calendar days from the given moment of the topic until today. */
  private Integer daysSince(String column, DelegateExecution topic) {
    // No row: a topic started before the register existed; its updates then change nothing.
    return jdbc.queryForList("SELECT " + column + " FROM k80_topic WHERE process_instance_id = ?", OffsetDateTime.class,
            topic.getProcessInstanceId()).stream().filter(since -> since != null).findFirst()
        .map(since -> (int) ChronoUnit.DAYS.between(since.atZoneSameInstant(K80Time.ZONE).toLocalDate(),
            K80Time.today()))
        .orElse(null);
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(K80Time.ZONE).toOffsetDateTime();
  }
}
