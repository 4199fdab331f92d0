package nl.k80.wendbaar.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.k80.wendbaar.framework.Approval;
import nl.k80.wendbaar.framework.Revision;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is defined once, as types (this package); the forms and the afwegingskader spell
 * it again, as they must. This test holds every option list of every form and every value list of
 * the DMN against the types, and names each place that differs: a theme added in one place and
 * not in another fails the build, saying where.
 */
class VocabularyTest {

  private static final Path DMN = Path.of("decisions/topicAssessment.dmn");

  /** The form fields with options, and the codes they must offer. */
  private static final Map<String, List<String>> CHOICE_FIELDS = Map.of(
      TopicIntake.SOURCE, Choice.codes(Source.class),
      TopicIntake.THEME, Choice.codes(Theme.class),
      TopicIntake.IMPACT, Choice.codes(Impact.class),
      TopicIntake.REACH, Choice.codes(Reach.class),
      TopicIntake.COVERAGE, Choice.codes(Coverage.class),
      TopicIntake.REQUESTED_ROLE, Choice.codes(RequestedRole.class),
      "screeningOutcome", Choice.codes(ScreeningOutcome.class),
      TopicIntake.DECISION, Choice.codes(Decision.class),
      TopicIntake.BOARD_DECISION_VARIABLE, Decision.finalDecisions().stream().map(Enum::name).toList(),
      TopicIntake.BOARD_PORTFOLIO_GROUP, Theme.portfolioGroups());

  @Test
  void everyOptionListOfEveryFormOffersExactlyTheVocabulary() throws IOException {
    List<String> differences = new ArrayList<>();
    List<Path> forms;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).isNotEmpty();
    int checked = 0;
    for (Path form : forms) {
      for (JsonNode field : fieldsWithOptions(new ObjectMapper().readTree(form.toFile()))) {
        String key = field.get("key").asText();
        List<String> offered = field.get("values").findValuesAsText("value");
        List<String> vocabulary = CHOICE_FIELDS.get(key);
        if (vocabulary == null) {
          differences.add(form + ": field '" + key + "' offers options the vocabulary does not know: " + offered);
        } else if (!new HashSet<>(offered).equals(new HashSet<>(vocabulary)) || offered.size() != vocabulary.size()) {
          differences.add(form + ": field '" + key + "' offers " + offered + ", the vocabulary " + vocabulary);
        }
        checked++;
      }
    }
    assertThat(differences).as("forms that differ from the vocabulary").isEmpty();
    assertThat(checked).as("option lists checked").isGreaterThan(30);
  }

  /** The embedded HTML forms (frameworkChange): each select's option values against its type. */
  @Test
  void everySelectOfTheEmbeddedFormsOffersExactlyTheVocabulary() throws IOException {
    Map<String, List<String>> vocabulary = Map.of(FrameworkChange.APPROVAL, Choice.codes(Approval.class),
        FrameworkChange.REVISION, Choice.codes(Revision.class));
    Pattern select = Pattern.compile("<select[^>]*cam-variable-name=\"(\\w+)\"[^>]*>(.*?)</select>",
        Pattern.DOTALL);
    Pattern option = Pattern.compile("<option value=\"([^\"]*)\"");
    List<String> differences = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path form : files.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
        Matcher field = select.matcher(Files.readString(form));
        while (field.find()) {
          List<String> offered = option.matcher(field.group(2)).results().map(match -> match.group(1)).toList();
          if (!offered.equals(vocabulary.get(field.group(1)))) {
            differences.add(form + ": '" + field.group(1) + "' offers " + offered + ", the vocabulary "
                + vocabulary.get(field.group(1)));
          }
          checked++;
        }
      }
    }
    assertThat(differences).as("embedded forms that differ from the vocabulary").isEmpty();
    assertThat(checked).as("selects checked").isEqualTo(2);
  }

  @Test
  void everyValueListOfTheAfwegingskaderIsTheVocabulary() throws IOException {
    DmnModelInstance dmn = Dmn.readModelFromStream(Files.newInputStream(DMN));
    Map<String, List<String>> guarded = Map.of(TopicIntake.THEME, Choice.codes(Theme.class),
        TopicIntake.IMPACT, Choice.codes(Impact.class), TopicIntake.REACH, Choice.codes(Reach.class),
        TopicIntake.COVERAGE, Choice.codes(Coverage.class));
    Pattern listCheck = Pattern.compile("^assert\\((\\w+), \\1 != null and list contains\\(\\[([^\\]]*)\\], \\1\\)");
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (InputExpression input : dmn.getModelElementsByType(InputExpression.class)) {
      Matcher check = listCheck.matcher(input.getText().getTextContent().strip());
      if (check.find()) {
        List<String> listed = Arrays.stream(check.group(2).split(",")).map(code -> code.strip().replace("\"", "")).toList();
        if (!listed.equals(guarded.get(check.group(1)))) {
          differences.add(DMN + ", input " + input.getId() + ": " + check.group(1) + " must be one of " + listed
              + ", the vocabulary " + guarded.get(check.group(1)));
        }
        checked++;
      }
    }
    assertThat(differences).isEmpty();
    assertThat(checked).as("guarded inputs checked").isGreaterThanOrEqualTo(5);
  }

  @Test
  void theAfwegingskaderRoutesEveryThemeToItsPortfolioAndDecidesOnlyKnownDecisions() throws IOException {
    DmnModelInstance dmn = Dmn.readModelFromStream(Files.newInputStream(DMN));
    List<String> routed = new ArrayList<>();
    for (Rule rule : table(dmn, "portfolioRouting").getRules()) {
      String theme = literal(rule.getInputEntries().iterator().next().getTextContent());
      String group = literal(rule.getOutputEntries().iterator().next().getTextContent());
      assertThat(Choice.of(Theme.class, theme)).as(DMN + ", portfolioRouting rule " + rule.getId() + ": unknown theme " + theme)
          .isNotNull();
      assertThat(group).as(DMN + ", portfolioRouting rule " + rule.getId()).isEqualTo(Theme.valueOf(theme).portfolioGroup());
      routed.add(theme);
    }
    assertThat(routed).as(DMN + ": portfolioRouting needs one rule per theme").containsExactlyInAnyOrderElementsOf(
        Choice.codes(Theme.class));

    DecisionTable assessment = table(dmn, "topicAssessment");
    int decisionColumn = assessment.getOutputs().stream().map(Output::getName).toList().indexOf(TopicIntake.DECISION);
    List<String> decided = assessment.getRules().stream()
        .map(rule -> literal(new ArrayList<>(rule.getOutputEntries()).get(decisionColumn).getTextContent())).toList();
    assertThat(Choice.codes(Decision.class)).as(DMN + ": topicAssessment decides only and every Decision")
        .containsExactlyInAnyOrderElementsOf(decided.stream().distinct().toList());
  }

  @Test
  void everyPlaceInTopicIntakeWhereATopicWaitsOrEndsHasItsStatus() {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(new java.io.File("processes/intake/topicIntake.bpmn"));
    List<String> waits = new ArrayList<>();
    bpmn.getModelElementsByType(UserTask.class).forEach(task -> waits.add(task.getId()));
    bpmn.getModelElementsByType(IntermediateCatchEvent.class).forEach(event -> waits.add(event.getId()));
    assertThat(waits).as("user tasks and waiting events without a status").allSatisfy(activity ->
        assertThat(TopicStatus.waitingAt(activity)).as(activity).isPresent());

    List<String> ends = bpmn.getModelElementsByType(EndEvent.class).stream()
        .filter(end -> end.getExtensionElements() != null && end.getExtensionElements().getElementsQuery()
            .filterByType(CamundaExecutionListener.class).list().stream()
            .anyMatch(listener -> "${topicRegister.closed(execution)}".equals(listener.getCamundaExpression())))
        .map(EndEvent::getId).toList();
    assertThat(ends).hasSize(5).allSatisfy(end ->
        assertThat(TopicStatus.endedAt(end)).as(end).isNotEqualTo(TopicStatus.GEANNULEERD));
  }

  private static DecisionTable table(DmnModelInstance dmn, String decisionId) {
    return (DecisionTable) ((org.camunda.bpm.model.dmn.instance.Decision) dmn.getModelElementById(decisionId))
        .getExpression();
  }

  private static String literal(String feel) {
    return feel.strip().replace("\"", "");
  }

  private static List<JsonNode> fieldsWithOptions(JsonNode node) {
    List<JsonNode> fields = new ArrayList<>();
    if (node.has("key") && node.has("values")) {
      fields.add(node);
    }
    node.path("components").forEach(child -> fields.addAll(fieldsWithOptions(child)));
    return fields;
  }
}
