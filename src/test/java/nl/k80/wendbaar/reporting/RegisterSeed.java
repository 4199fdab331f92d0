package nl.k80.wendbaar.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.TopicStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the topic register, written straight into k80_topic for report tests and the
 * benchmark; the process test proves that topicIntake writes such rows itself. Moments are 10:00
 * Dutch time on the given day; lead times follow from the dates.
 */
final class RegisterSeed {

  record Topic(String reference, String title, String theme, String portfolioGroup, TopicStatus status,
      String finalDecision, String decidedBy, String motivation, LocalDate submitted, LocalDate decided,
      LocalDate completed, boolean closed) {}

  static final int OFFICIALS = 640;

  private final List<Topic> topics = new ArrayList<>();

  RegisterSeed open(String reference, String title, String theme, String group, TopicStatus status,
      String decision, LocalDate submitted, LocalDate decided) {
    topics.add(new Topic(reference, title, theme, group, status, decision, decision == null ? null : "AFWEGINGSKADER",
        decision == null ? null : "Motivering " + reference, submitted, decided, null, false));
    return this;
  }

  RegisterSeed closed(String reference, String title, String theme, String group, TopicStatus status,
      String decision, String decidedBy, String motivation, LocalDate submitted, LocalDate decided,
      LocalDate completed) {
    topics.add(new Topic(reference, title, theme, group, status, decision, decidedBy, motivation, submitted, decided,
        completed, true));
    return this;
  }

  void insertInto(JdbcTemplate jdbc) {
    List<Object[]> rows = new ArrayList<>();
    for (Topic topic : topics) {
      OffsetDateTime closedAt = !topic.closed() ? null
          : at(topic.completed() != null ? topic.completed() : topic.decided() != null ? topic.decided() : topic.submitted());
      boolean byBoard = "DAGELIJKS_BESTUUR".equals(topic.decidedBy());
      rows.add(new Object[] {topic.reference(), "pi-" + topic.reference(), topic.title(), topic.theme(), "LID",
          "Wijdemeren", topic.portfolioGroup(), topic.status().name(), topic.finalDecision(), topic.decidedBy(),
          topic.motivation(), byBoard ? null : topic.motivation(), byBoard ? topic.motivation() : null,
          submitter(topic.reference()), at(topic.submitted()), at(topic.decided()), at(topic.decided()),
          at(topic.completed()), closedAt, days(topic.submitted(), topic.decided()),
          days(topic.decided(), topic.completed()), topic.finalDecision() == null ? null : 1});
    }
    jdbc.batchUpdate("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality,"
        + " portfolio_group, status, final_decision, decided_by, motivation, framework_motivation, board_motivation,"
        + " submitter, submitted_at, first_decided_at, decided_at, completed_at, closed_at, days_to_decision,"
        + " days_to_completion, assessment_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?)", rows);
    topics.clear();
  }

  /**
   * Submissions spread over the officials of 64 members, ten each; one of them is the demo user
   * "ambtenaar", whose own list a benchmark can then ask for.
   */
  static String submitter(String reference) {
    int official = Math.floorMod(reference.hashCode(), OFFICIALS);
    return official == 0 ? "ambtenaar" : "ambtenaar-" + official;
  }

  static OffsetDateTime at(LocalDate day) {
    return day == null ? null : day.atTime(10, 0).atZone(K80Time.ZONE).toOffsetDateTime();
  }

  private static Integer days(LocalDate from, LocalDate to) {
    return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
  }
}
