package nl.k80.wendbaar.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.register.Placeholders;
import nl.k80.wendbaar.register.SearchPattern;
import nl.k80.wendbaar.reporting.SemiannualReport.LeadTime;
import nl.k80.wendbaar.reporting.SemiannualReport.ThemeRow;
import nl.k80.wendbaar.reporting.SemiannualReport.TopicLine;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What report and dashboard ask of the topic register. Aggregates are computed by the database
 * (GROUP BY, PERCENTILE_CONT, both standard SQL on H2 and PostgreSQL), so the answer stays small
 * however many years of topics the register holds.
 */
@Component
class RegisterQueries {

  private static final String LINE_COLUMNS = "reference, title, theme, portfolio_group, status, decided_by,"
      + " motivation, submitted_at, decided_at, completed_at, closed_at, process_instance_id, assessment_version";
  /** The statuses that count against a portfolio's maximum, as activeTopicsInPortfolio does. */
  static final List<String> ACTIVE = TopicStatus.inWorkNames();

  private final JdbcTemplate jdbc;

  RegisterQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Topics submitted in [from, to) per theme and outcome; every theme and outcome present, zeros included. */
  List<ThemeRow> perTheme(LocalDate from, LocalDate to) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    Choice.codes(Theme.class).forEach(theme -> counts.put(theme, zeroPerOutcome()));
    jdbc.query("SELECT theme, final_decision, CASE WHEN closed_at IS NULL THEN 1 ELSE 0 END AS still_open,"
            + " COUNT(*) AS topics FROM k80_topic WHERE submitted_at >= ? AND submitted_at < ?"
            + " GROUP BY theme, final_decision, CASE WHEN closed_at IS NULL THEN 1 ELSE 0 END",
        row -> {
          String outcome = row.getString("final_decision") != null ? row.getString("final_decision")
              : row.getInt("still_open") == 1 ? Outcomes.OPEN : Outcomes.CLOSED;
          counts.computeIfAbsent(row.getString("theme"), theme -> zeroPerOutcome())
              .merge(outcome, row.getInt("topics"), Integer::sum);
        }, K80Time.startOf(from), K80Time.startOf(to));
    List<ThemeRow> rows = new ArrayList<>();
    counts.forEach((theme, perOutcome) ->
        rows.add(new ThemeRow(theme, perOutcome, perOutcome.values().stream().mapToInt(Integer::intValue).sum())));
    return rows;
  }

  List<TopicLine> takenUpOpenOrClosedSince(LocalDate from) {
    return lines("final_decision IN (?, ?) AND (closed_at IS NULL OR closed_at >= ?) ORDER BY decided_at",
        Decision.OPPAKKEN.name(), Decision.AANSLUITEN.name(), K80Time.startOf(from));
  }

  List<TopicLine> declinedIn(LocalDate from, LocalDate to) {
    return lines("final_decision = ? AND decided_at >= ? AND decided_at < ? ORDER BY decided_at",
        Decision.NIET_OPPAKKEN.name(), K80Time.startOf(from), K80Time.startOf(to));
  }

  List<TopicLine> longestOpen(int limit) {
    return lines("closed_at IS NULL ORDER BY submitted_at, reference FETCH FIRST " + limit + " ROWS ONLY");
  }

  List<TopicLine> submittedIn(LocalDate from, LocalDate to) {
    return lines("submitted_at >= ? AND submitted_at < ? ORDER BY submitted_at, reference", K80Time.startOf(from), K80Time.startOf(to));
  }

  /** Topics matching a search in reference, title or municipality; newest first. */
  List<TopicLine> search(String text, int limit) {
    String where = "1 = 1";
    List<Object> args = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      String pattern = SearchPattern.containing(text);
      where = "(LOWER(reference) LIKE ? ESCAPE '\\' OR LOWER(title) LIKE ? ESCAPE '\\'"
          + " OR LOWER(municipality) LIKE ? ESCAPE '\\')";
      args = List.of(pattern, pattern, pattern);
    }
    return lines(where + " ORDER BY submitted_at DESC, reference DESC FETCH FIRST " + limit + " ROWS ONLY",
        args.toArray());
  }

  /** Median days from submission to the first decision, over topics first decided in [from, to). */
  LeadTime toDecision(LocalDate from, LocalDate to) {
    return median("days_to_decision", "first_decided_at", from, to);
  }

  /** Median days from the decision acted on to completion, over topics completed in [from, to). */
  LeadTime toCompletion(LocalDate from, LocalDate to) {
    return median("days_to_completion", "completed_at", from, to);
  }

  Map<String, Integer> openPerStatus() {
    Map<String, Integer> open = new HashMap<>();
    jdbc.query("SELECT status, COUNT(*) AS topics FROM k80_topic WHERE closed_at IS NULL GROUP BY status",
        row -> {
          open.put(row.getString("status"), row.getInt("topics"));
        });
    Map<String, Integer> inStatusOrder = new LinkedHashMap<>();
    for (TopicStatus status : TopicStatus.values()) {
      if (open.containsKey(status.name())) {
        inStatusOrder.put(status.name(), open.get(status.name()));
      }
    }
    return inStatusOrder;
  }

  /** Open topics per portfolio group: all of them, and those being planned or executed. */
  Map<String, OpenTopics> openPerPortfolio() {
    Map<String, OpenTopics> open = new LinkedHashMap<>();
    jdbc.query("SELECT portfolio_group, COUNT(*) AS topics,"
        + " SUM(CASE WHEN status IN (" + Placeholders.of(ACTIVE) + ") THEN 1 ELSE 0 END) AS active"
        + " FROM k80_topic WHERE closed_at IS NULL AND portfolio_group IS NOT NULL GROUP BY portfolio_group",
        row -> {
          open.put(row.getString("portfolio_group"), new OpenTopics(row.getInt("active"), row.getInt("topics")));
        }, ACTIVE.toArray());
    return open;
  }

  record OpenTopics(int active, int all) {}

  /** Number of decided topics per lead-time bucket; bucket i counts days up to bounds[i], the last one the rest. */
  int[] decisionLeadTimes(int[] bounds) {
    StringBuilder bucket = new StringBuilder("CASE");
    for (int i = 0; i < bounds.length; i++) {
      bucket.append(" WHEN days_to_decision <= ").append(bounds[i]).append(" THEN ").append(i);
    }
    bucket.append(" ELSE ").append(bounds.length).append(" END");
    int[] counts = new int[bounds.length + 1];
    jdbc.query("SELECT " + bucket + " AS bucket, COUNT(*) AS topics FROM k80_topic"
        + " WHERE days_to_decision IS NOT NULL GROUP BY " + bucket, row -> {
          counts[row.getInt("bucket")] = row.getInt("topics");
        });
    return counts;
  }

  private LeadTime median(String days, String moment, LocalDate from, LocalDate to) {
    return jdbc.queryForObject("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + days + ") AS median_days,"
            + " COUNT(" + days + ") AS topics FROM k80_topic WHERE " + moment + " >= ? AND " + moment + " < ?",
        (row, i) -> {
          double median = row.getDouble("median_days");
          return new LeadTime(row.wasNull() ? null : median, row.getInt("topics"));
        }, K80Time.startOf(from), K80Time.startOf(to));
  }

  private List<TopicLine> lines(String where, Object... args) {
    LocalDate today = K80Time.today();
    return jdbc.query("SELECT " + LINE_COLUMNS + " FROM k80_topic WHERE " + where,
        (row, i) -> line(row, today), args);
  }

  private static TopicLine line(ResultSet row, LocalDate today) throws SQLException {
    LocalDate submitted = date(row, "submitted_at");
    LocalDate completed = date(row, "completed_at");
    boolean open = row.getObject("closed_at") == null;
    String portfolio = row.getString("portfolio_group");
    return new TopicLine(row.getString("reference"), row.getString("title"),
        Choice.label(Theme.class, row.getString("theme")), portfolio == null ? "" : Theme.portfolioName(portfolio),
        Choice.label(TopicStatus.class, row.getString("status")), Choice.label(Decider.class, row.getString("decided_by")),
        row.getString("motivation"), submitted,
        date(row, "decided_at"), completed, (Integer) row.getObject("assessment_version"),
        open ? (int) ChronoUnit.DAYS.between(submitted, today) : null,
        row.getString("process_instance_id"));
  }

  private static LocalDate date(ResultSet row, String column) throws SQLException {
    return K80Time.dayOf(row.getObject(column, OffsetDateTime.class));
  }

  private static Map<String, Integer> zeroPerOutcome() {
    Map<String, Integer> zero = new LinkedHashMap<>();
    Outcomes.LABELS.keySet().forEach(outcome -> zero.put(outcome, 0));
    return zero;
  }

}
