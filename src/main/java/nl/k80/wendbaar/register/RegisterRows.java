package nl.k80.wendbaar.register;

import static nl.k80.wendbaar.topic.TopicIntake.ASSESSMENT_VERSION;
import static nl.k80.wendbaar.topic.TopicIntake.BOARD_MOTIVATION;
import static nl.k80.wendbaar.topic.TopicIntake.DECIDED_BY;
import static nl.k80.wendbaar.topic.TopicIntake.FINAL_DECISION;
import static nl.k80.wendbaar.topic.TopicIntake.MOTIVATION;
import static nl.k80.wendbaar.topic.TopicIntake.MUNICIPALITY;
import static nl.k80.wendbaar.topic.TopicIntake.PORTFOLIO_GROUP;
import static nl.k80.wendbaar.topic.TopicIntake.REFERENCE;
import static nl.k80.wendbaar.topic.TopicIntake.SCREENING_REMARK;
import static nl.k80.wendbaar.topic.TopicIntake.SOURCE;
import static nl.k80.wendbaar.topic.TopicIntake.SUBMITTER;
import static nl.k80.wendbaar.topic.TopicIntake.THEME;
import static nl.k80.wendbaar.topic.TopicIntake.TITLE;

import java.time.OffsetDateTime;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.TopicStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way a topic's row in the register (table k80_topic) is written, step by step as the topic
 * moves: live from topicIntake's listeners (TopicRegister) and, with the moments history kept, by
 * RegisterBackfill. A row is found by its process instance, never by a variable's value.
 */
final class RegisterRows {

  private final JdbcTemplate jdbc;

  RegisterRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A reference has just been assigned to a new topic. */
  void submitted(TopicFacts topic, OffsetDateTime at) {
    jdbc.update("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality, status,"
            + " submitted_at, submitter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        topic.get(REFERENCE), topic.processInstanceId(), topic.get(TITLE), topic.get(THEME), topic.get(SOURCE),
        topic.get(MUNICIPALITY), TopicStatus.IN_SCREENING.name(), at, topic.get(SUBMITTER));
  }

  /**
   * A decision the topic acts on has been recorded. Screening may have corrected the topic, so its
   * description is refreshed too. The lead time to a decision counts to the first one; the lead
   * time to completion starts at the latest. The framework's motivation is kept apart from the
   * board's, which only a board decision has; a watched topic's reassessment moment is over.
   */
  void decided(TopicFacts topic, OffsetDateTime at) {
    Decider decider = Decider.valueOf((String) topic.get(DECIDED_BY));
    Decision decision = Decision.valueOf((String) topic.get(FINAL_DECISION));
    boolean byBoard = decider == Decider.DAGELIJKS_BESTUUR;
    jdbc.update("UPDATE k80_topic SET title = ?, theme = ?, source = ?, municipality = ?, portfolio_group = ?,"
            + " final_decision = ?, decided_by = ?, motivation = ?, framework_motivation = ?, board_motivation = ?,"
            + " assessment_version = ?, status = ?, decided_at = ?, reassess_at = NULL, remark = NULL,"
            + " first_decided_at = COALESCE(first_decided_at, ?),"
            + " days_to_decision = COALESCE(days_to_decision, ?) WHERE process_instance_id = ?",
        topic.get(TITLE), topic.get(THEME), topic.get(SOURCE), topic.get(MUNICIPALITY), topic.get(PORTFOLIO_GROUP),
        decision.name(), decider.name(), topic.get(decider.motivationVariable()), topic.get(MOTIVATION),
        byBoard ? topic.get(BOARD_MOTIVATION) : null, topic.get(ASSESSMENT_VERSION), TopicStatus.after(decision).name(),
        at, at, K80Time.daysBetween(moment(topic, "submitted_at"), at), topic.processInstanceId());
  }

  /**
   * The topic waits somewhere new without a decision: back in screening, asked to be supplemented
   * (with the secretariat's request), before the board, in execution. Arriving where it already
   * stands (a first screening) changes nothing.
   */
  void waiting(TopicFacts topic, TopicStatus status) {
    Object remark = status == TopicStatus.AANVULLEN_GEVRAAGD ? topic.get(SCREENING_REMARK) : null;
    jdbc.update("UPDATE k80_topic SET status = ?, remark = ? WHERE process_instance_id = ? AND status <> ?",
        status.name(), remark, topic.processInstanceId(), status.name());
  }

  /** A watched topic is reassessed at this moment. */
  void watched(TopicFacts topic, OffsetDateTime reassessAt) {
    jdbc.update("UPDATE k80_topic SET status = ?, reassess_at = ? WHERE process_instance_id = ?",
        TopicStatus.GEVOLGD.name(), reassessAt, topic.processInstanceId());
  }

  /** The topic's process has ended with this status; a topic closes once. */
  void closed(TopicFacts topic, TopicStatus status, OffsetDateTime at) {
    if (status.completed()) {
      jdbc.update("UPDATE k80_topic SET status = ?, closed_at = ?, completed_at = ?, days_to_completion = ?"
              + " WHERE process_instance_id = ? AND closed_at IS NULL", status.name(), at, at,
          K80Time.daysBetween(moment(topic, "decided_at"), at), topic.processInstanceId());
    } else {
      jdbc.update("UPDATE k80_topic SET status = ?, closed_at = ? WHERE process_instance_id = ? AND closed_at IS NULL",
          status.name(), at, topic.processInstanceId());
    }
  }

  /** A moment the row already holds; null without a row (a topic from before the register, not yet backfilled). */
  private OffsetDateTime moment(TopicFacts topic, String column) {
    return jdbc.queryForList("SELECT " + column + " FROM k80_topic WHERE process_instance_id = ?", OffsetDateTime.class,
        topic.processInstanceId()).stream().filter(moment -> moment != null).findFirst().orElse(null);
  }
}
