package nl.k80.wendbaar.register;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation upgraded from a version without the register: its topics are rebuilt from
 * Camunda's history, row for row as the process's own listeners wrote them.
 */
@DemoAppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class RegisterBackfillTest {

  @LocalServerPort
  int port;

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RegisterBackfill backfill;

  String submit(String members, String covered, String theme, String impact) {
    Map<String, Object> values = topic();
    values.put("membersAffected", members);
    values.put("coveredElsewhere", covered);
    values.put("theme", theme);
    values.put("smallMunicipalityImpact", impact);
    return HttpApi.basic(port, "ambtenaar", "ambtenaar").post(SUBMIT, form(values)).json().get("businessKey").asText();
  }

  void complete(String reference, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        variables);
  }

  @Test
  void topicsMissingFromTheRegisterAreRebuiltFromHistoryAsTheProcessWouldHaveWrittenThem() {
    String completed = submit("MEESTE", "NEE", "WONEN", "SPECIFIEK");
    complete(completed, Map.of("screeningOutcome", "COMPLEET"));
    complete(completed, Map.of("approachPlan", "Lobby richting BZK"));
    complete(completed, Map.of("resultSummary", "Regels aangepast"));
    String executing = submit("MEESTE", "NEE", "FINANCIEN", "SPECIFIEK");
    complete(executing, Map.of("screeningOutcome", "COMPLEET"));
    complete(executing, Map.of("approachPlan", "Samen met de VNG"));
    String declined = submit("MEESTE", "NEE", "WONEN", "NIET");
    complete(declined, Map.of("screeningOutcome", "COMPLEET"));
    String beforeTheBoard = submit("MEESTE", "NEE", "OVERIG", "SPECIFIEK");
    complete(beforeTheBoard, Map.of("screeningOutcome", "COMPLEET"));
    String decidedByTheBoard = submit("MEESTE", "NEE", "OVERIG", "SPECIFIEK");
    complete(decidedByTheBoard, Map.of("screeningOutcome", "COMPLEET"));
    complete(decidedByTheBoard, Map.of("boardDecision", "AANSLUITEN", "boardMotivation", "Via de VNG.",
        "boardPortfolioGroup", "portefeuille-financien"));
    String watched = submit("ENKELE", "JA", "WONEN", "SPECIFIEK");
    complete(watched, Map.of("screeningOutcome", "COMPLEET"));
    String duplicate = submit("MEESTE", "NEE", "WONEN", "SPECIFIEK");
    complete(duplicate, Map.of("screeningOutcome", "DUPLICAAT", "duplicateOf", completed));
    String inScreening = submit("MEESTE", "NEE", "WONEN", "SPECIFIEK");
    String supplementAsked = submit("MEESTE", "NEE", "WONEN", "SPECIFIEK");
    complete(supplementAsked, Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke gemeenten?"));
    String cancelled = submit("MEESTE", "NEE", "WONEN", "SPECIFIEK");
    runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery().processDefinitionKey("topicIntake")
        .processInstanceBusinessKey(cancelled).singleResult().getId(), "Ingevoerd als test");

    List<String> topics = List.of(completed, executing, declined, beforeTheBoard, decidedByTheBoard, watched, duplicate,
        inScreening, supplementAsked, cancelled);
    List<Map<String, Object>> written = rows(topics);
    assertThat(written).extracting(row -> row.get("STATUS")).containsExactlyInAnyOrder("AFGEROND", "IN_UITVOERING",
        "NIET_OPGEPAKT", "BIJ_BESTUUR", "AANSLUITEN", "GEVOLGD", "DUBBEL", "IN_SCREENING", "AANVULLEN_GEVRAAGD",
        "GEANNULEERD");
    assertThat(written).allSatisfy(row -> assertThat(row.get("SUBMITTER")).isEqualTo("ambtenaar"));
    jdbc.update("DELETE FROM k80_topic WHERE reference <> ?", inScreening);

    backfill.run(null);

    assertSameRows(rows(topics), written, written.get(0).keySet());
    int all = rows(null).size();
    backfill.run(null);
    assertThat(rows(null)).as("a second start adds nothing").hasSize(all);
  }

  @Test
  void rowsRegisteredBeforeTheTopicsApiGetWhatItShows() {
    String decidedByTheBoard = submit("MEESTE", "NEE", "OVERIG", "SPECIFIEK");
    complete(decidedByTheBoard, Map.of("screeningOutcome", "COMPLEET"));
    complete(decidedByTheBoard, Map.of("boardDecision", "VOLGEN", "boardMotivation", "Eerst de VNG afwachten.",
        "boardPortfolioGroup", "portefeuille-wonen"));
    String declined = submit("MEESTE", "NEE", "WONEN", "NIET");
    complete(declined, Map.of("screeningOutcome", "COMPLEET"));
    List<String> added = List.of("SUBMITTER", "FRAMEWORK_MOTIVATION", "BOARD_MOTIVATION", "REASSESS_AT");
    List<String> topics = List.of(decidedByTheBoard, declined);
    List<Map<String, Object>> written = rows(topics);
    assertThat(written).filteredOn(row -> row.get("REFERENCE").equals(decidedByTheBoard)).singleElement()
        .satisfies(row -> assertThat(row.get("REASSESS_AT")).isNotNull())
        .satisfies(row -> assertThat(row.get("BOARD_MOTIVATION")).isEqualTo("Eerst de VNG afwachten."));
    // As Flyway V4 leaves the rows of an earlier version.
    jdbc.update("UPDATE k80_topic SET submitter = NULL, framework_motivation = NULL, board_motivation = NULL,"
        + " reassess_at = NULL");

    // A topic whose history was cleaned up before the upgrade: looked up once, then known to be nobody's.
    jdbc.update("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality, status,"
        + " submitted_at) VALUES ('K80-2016-0001', 'opgeruimd', 'Oud thema', 'WONEN', 'LID', 'Ameland', 'AFGEROND',"
        + " CURRENT_TIMESTAMP)");

    backfill.run(null);

    assertSameRows(rows(topics), written, added);
    assertThat(jdbc.queryForObject("SELECT submitter FROM k80_topic WHERE reference = 'K80-2016-0001'", String.class))
        .isEmpty();
  }

  private static void assertSameRows(List<Map<String, Object>> actualRows, List<Map<String, Object>> expectedRows,
      Collection<String> columns) {
    assertThat(actualRows).hasSameSizeAs(expectedRows);
    for (int i = 0; i < expectedRows.size(); i++) {
      Map<String, Object> expected = expectedRows.get(i);
      Map<String, Object> actual = actualRows.get(i);
      for (String column : columns) {
        if (expected.get(column) instanceof OffsetDateTime moment) {
          // The listener stamped its own moment; history has the activity's end, milliseconds apart.
          assertThat(Duration.between(moment, (OffsetDateTime) actual.get(column)).abs())
              .as(expected.get("REFERENCE") + " " + column).isLessThan(Duration.ofSeconds(2));
        } else {
          assertThat(actual.get(column)).as(expected.get("REFERENCE") + " " + column).isEqualTo(expected.get(column));
        }
      }
    }
  }

  /** The register's rows of these topics (all rows for null), in the order of their references. */
  private List<Map<String, Object>> rows(Collection<String> references) {
    return jdbc.query("SELECT * FROM k80_topic ORDER BY reference", (row, i) -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
        String name = row.getMetaData().getColumnName(column).toUpperCase();
        values.put(name, name.endsWith("_AT") ? row.getObject(column, OffsetDateTime.class) : row.getObject(column));
      }
      return values;
    }).stream().filter(row -> references == null || references.contains(row.get("REFERENCE"))).toList();
  }
}
