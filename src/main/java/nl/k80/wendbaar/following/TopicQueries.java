package nl.k80.wendbaar.following;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.register.Placeholders;
import nl.k80.wendbaar.register.SearchPattern;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.TopicStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** What the topics API reads of the topic register: one query for a page, one for its total. */
@Component
class TopicQueries {

  private static final String COLUMNS = "reference, title, theme, municipality, source, status, submitted_at,"
      + " final_decision, framework_motivation, decided_by, board_motivation, portfolio_group, decided_at, reassess_at,"
      + " completed_at, assessment_version, remark, process_instance_id";
  private static final String NEWEST_FIRST = "ORDER BY submitted_at DESC, reference DESC";
  /** The statuses of topics that have not passed screening: only their submitter sees them. */
  private static final List<String> BEFORE_SCREENING = Arrays.stream(TopicStatus.values())
      .filter(TopicStatus::beforeScreening).map(Enum::name).toList();

  private final JdbcTemplate jdbc;
  /**
   * PostgreSQL counts a search's matches fastest in the pass that finds the page (a window
   * function); H2 materializes every row for one and counts faster from an index (README, benchmark).
   */
  private final boolean searchCountsInOnePass;

  TopicQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.searchCountsInOnePass = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
        connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
  }

  /** The user's own topics, newest first, every status, with the supplement request. */
  List<Row> mine(String submitter) {
    return jdbc.query("SELECT " + COLUMNS + " FROM k80_topic WHERE submitter = ? " + NEWEST_FIRST,
        (row, i) -> row(row, true), submitter);
  }

  record Filter(String text, String theme, String status, String decision, int page, int size) {}

  record Page(List<TopicItem> items, long total) {}

  /**
   * Topics past screening matching the filter, newest first. The page is found on the narrow,
   * indexed columns first; only its rows are then read whole.
   */
  Page passedScreening(Filter filter) {
    StringBuilder where = new StringBuilder("status NOT IN (" + Placeholders.of(BEFORE_SCREENING) + ")");
    List<Object> args = new ArrayList<>(BEFORE_SCREENING);
    boolean searching = filter.text() != null && !filter.text().isBlank();
    if (searching) {
      String pattern = SearchPattern.containing(filter.text());
      where.append(" AND (LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(reference) LIKE ? ESCAPE '\\')");
      args.add(pattern);
      args.add(pattern);
    }
    for (String[] equal : new String[][] {{"theme", filter.theme()}, {"status", filter.status()},
        {"final_decision", filter.decision()}}) {
      if (equal[1] != null) {
        where.append(" AND ").append(equal[0]).append(" = ?");
        args.add(equal[1]);
      }
    }
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add((long) filter.page() * filter.size());
    pageArgs.add(filter.size());
    String page = " FROM k80_topic WHERE " + where + " " + NEWEST_FIRST + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    List<String> references = new ArrayList<>();
    long total;
    if (searching && searchCountsInOnePass) {
      // A search reads every row anyway: one pass finds the page and counts what matches.
      long[] matches = {-1};
      jdbc.query("SELECT reference, COUNT(*) OVER () AS matches" + page, (RowCallbackHandler) row -> {
        references.add(row.getString("reference"));
        matches[0] = row.getLong("matches");
      }, pageArgs.toArray());
      total = matches[0] >= 0 ? matches[0] : count(where, args);
    } else {
      references.addAll(jdbc.queryForList("SELECT reference" + page, String.class, pageArgs.toArray()));
      total = count(where, args);
    }
    List<TopicItem> items = references.isEmpty() ? List.of() : jdbc.query("SELECT " + COLUMNS
            + " FROM k80_topic WHERE reference IN (" + Placeholders.of(references) + ") " + NEWEST_FIRST,
        (row, i) -> row(row, false).item(), references.toArray());
    return new Page(items, total);
  }

  private long count(CharSequence where, List<Object> args) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM k80_topic WHERE " + where, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** An item and the process instance it belongs to (never shown; for the caller's own waiting task). */
  record Row(TopicItem item, String processInstanceId) {}

  private static Row row(ResultSet row, boolean own) throws SQLException {
    Integer version = row.getObject("assessment_version") == null ? null : row.getInt("assessment_version");
    TopicItem item = new TopicItem(row.getString("reference"), row.getString("title"), row.getString("theme"),
        row.getString("municipality"), row.getString("source"), row.getString("status"),
        Choice.label(TopicStatus.class, row.getString("status")), moment(row, "submitted_at"),
        row.getString("final_decision"), row.getString("framework_motivation"), row.getString("decided_by"),
        row.getString("board_motivation"), row.getString("portfolio_group"), moment(row, "decided_at"),
        moment(row, "reassess_at"), moment(row, "completed_at"), version, own ? row.getString("remark") : null, null);
    return new Row(item, row.getString("process_instance_id"));
  }

  private static OffsetDateTime moment(ResultSet row, String column) throws SQLException {
    OffsetDateTime moment = row.getObject(column, OffsetDateTime.class);
    return moment == null ? null : moment.atZoneSameInstant(K80Time.ZONE).toOffsetDateTime();
  }
}
