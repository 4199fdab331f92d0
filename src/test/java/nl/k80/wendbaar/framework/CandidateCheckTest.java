package nl.k80.wendbaar.framework;

import static nl.k80.wendbaar.framework.Candidates.bytes;
import static nl.k80.wendbaar.framework.Candidates.inRule;
import static nl.k80.wendbaar.framework.Candidates.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a candidate passes before anybody looks at it, on candidates broken the ways a proposer breaks them. */
class CandidateCheckTest {

  static final DmnModelInstance IN_FORCE = Framework.model(bytes(shipped()));
  static final InputSpace SPACE = new InputSpace(3);
  static final Duration TIME_ENOUGH = Duration.ofMinutes(5);

  /** The motivation of rule 6 of the contract (Rule_27) as the shipped file has it. */
  static final String MOTIVATION_OF_RULE_6 = "<text>\"Oppakken: het thema is zeer relevant voor kleine gemeenten (\""
      + " + string(relevanceScore) + \" van 11 punten) en de portefeuille heeft ruimte.\"</text>";

  static String inDefinitions(String attribute) {
    return shipped().replaceFirst("<definitions ", "<definitions " + attribute + " ");
  }

  static List<String> findings(String candidate) {
    return CandidateCheck.check(bytes(candidate), IN_FORCE, SPACE, Framework::parse, TIME_ENOUGH).findings();
  }

  @Test
  void theInputSpaceHasEveryCombinationOfTheIssue() {
    // 8 themes x 3 impacts x 3 reaches x 3 coverages x (weeks 0..27 and none) x active 0..max+1
    assertThat(SPACE.size()).isEqualTo(8 * 3 * 3 * 3 * 29 * 5);
    assertThat(SPACE.inputs(SPACE.size() - 1)).isEqualTo(new Inputs("OVERIG", "NIET", "ENKELE", "JA", null, 4, 3));
  }

  @Test
  void theShippedVersionAndAChangedThresholdPass() {
    assertThat(findings(shipped())).isEmpty();
    CandidateCheck.Result changed = CandidateCheck.check(bytes(Candidates.takeUpFromSeven()), IN_FORCE, SPACE,
        Framework::parse, TIME_ENOUGH);
    assertThat(changed.passed()).isTrue();
    assertThat(changed.candidate()).isNotNull();
  }

  @Test
  void aFileThatIsNoDmnIsRefusedWithTheReason() {
    assertThat(findings("<html>geen dmn</html>")).singleElement().asString()
        .startsWith("Het bestand is geen geldig DMN-model");
    assertThat(findings("")).singleElement().asString().startsWith("Het bestand is geen geldig DMN-model");
  }

  @Test
  void aCandidateWithADocumentTypeIsRefusedWithoutReadingWhatItPointsTo() throws Exception {
    Path secret = Files.createTempFile("k80-secret", ".txt");
    Files.writeString(secret, "GEHEIM-" + UUID.randomUUID());
    // An external entity in an output value would come back in the finding that names the value.
    String withEntity = inRule(shipped(), "Rule_27", "\"OPPAKKEN\"", "\"&secret;\"").replaceFirst("\\?>",
        "?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>");
    assertThat(findings(withEntity)).singleElement().asString()
        .startsWith("Het bestand is geen geldig DMN-model").doesNotContain("GEHEIM");
    Files.delete(secret);
  }

  @Test
  void aMissingDecisionIsNamed() {
    String withoutRelevance = shipped().replace("id=\"topicRelevance\"", "id=\"relevantie\"");
    assertThat(findings(withoutRelevance)).anySatisfy(finding ->
        assertThat(finding).contains("Beslissing 'topicRelevance' ontbreekt"));
  }

  @Test
  void aRenamedInputIsNamedWithWhatWasExpected() {
    String renamed = shipped().replace("<text>coveredElsewhere</text>", "<text>elders</text>");
    assertThat(findings(renamed)).singleElement().asString()
        .contains("Beslissing 'topicAssessment', invoerkolom 4")
        .contains("verwacht invoer 'coveredElsewhere'")
        .contains("gevonden 'elders'");
  }

  @Test
  void aRenamedOutputIsNamed() {
    String renamed = shipped().replace("name=\"motivation\"", "name=\"motivering\"");
    assertThat(findings(renamed)).singleElement().asString()
        .contains("Beslissing 'topicAssessment' heeft uitvoer [decision, motivering, portfolioGroup, relevanceScore]");
  }

  @Test
  void anOutputValueTheProcessDoesNotKnowIsNamed() {
    String unknown = inRule(shipped(), "Rule_27", "\"OPPAKKEN\"", "\"LATER_BEKIJKEN\"");
    assertThat(findings(unknown)).singleElement().asString()
        .contains("Regel 6 van 'topicAssessment' geeft besluit \"LATER_BEKIJKEN\", dat het proces niet kent");
    String unknownGroup = inRule(shipped(), "Rule_3", "\"portefeuille-wonen\"", "\"portefeuille-bouwen\"");
    assertThat(findings(unknownGroup)).singleElement().asString()
        .contains("Regel 3 van 'portfolioRouting' geeft portefeuillegroep \"portefeuille-bouwen\"");
  }

  @Test
  void aDecisionWithoutAMotivationIsCounted() {
    // An emptied cell, or a sentence that FEEL makes null (a text plus a missing value).
    for (String motivation : List.of("<text></text>", "<text>\"Oppakken: \" + string(onbekend)</text>")) {
      assertThat(findings(inRule(shipped(), "Rule_27", MOTIVATION_OF_RULE_6, motivation))).singleElement().asString()
          .startsWith("Voor ").contains("(geen motivering)").contains("bijvoorbeeld: thema ");
    }
  }

  @Test
  void anExpressionLanguageOtherThanFeelIsRefusedBeforeAnythingIsEvaluated(@TempDir Path dir) {
    // JUEL reaches Java by reflection: this motivation ran a command on the server during the check,
    // and the candidate passed it. Any language but FEEL, anywhere in the file, is refused unread.
    Path ran = dir.resolve("uitgevoerd");
    String command = "<text>${theme.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + ran + "').waitFor()}</text>";
    String juel = inRule(shipped(), "Rule_27", "<outputEntry>\n          " + MOTIVATION_OF_RULE_6,
        "<outputEntry expressionLanguage=\"juel\">\n          " + command);
    assertThat(findings(juel)).singleElement().asString()
        .contains("expressietaal 'juel'").contains("regel 6 van 'topicAssessment'").contains("alleen FEEL");
    assertThat(ran).doesNotExist();

    assertThat(findings(inDefinitions("expressionLanguage=\"javascript\""))).singleElement().asString()
        .contains("expressietaal 'javascript' (definitions)");
    // FEEL by name stays allowed, as Camunda spells it.
    assertThat(findings(inDefinitions("expressionLanguage=\"FEEL\""))).isEmpty();
  }

  @Test
  void aCellThatCouldLoopOrRunAnyOtherFunctionIsRefusedBeforeItIsEvaluated() {
    // One evaluation of this took 3 s and 850 MB; the check would have run it for thousands of combinations.
    String loop = inRule(shipped(), "Rule_27", MOTIVATION_OF_RULE_6,
        "<text>\"Oppakken: \" + string(count(for i in 1..5000000 return i))</text>");
    assertThat(findings(loop)).singleElement().asString()
        .startsWith("Regel 6 van 'topicAssessment' gebruikt 'for'").contains("string() en not()");
    String regex = inRule(shipped(), "Rule_27", "<text>&gt;= 8</text>", "<text>matches(theme, \"(a+)+$\")</text>");
    assertThat(findings(regex)).singleElement().asString().contains("gebruikt de functie 'matches'");
    // Words in a sentence are text, not code.
    assertThat(findings(inRule(shipped(), "Rule_27", MOTIVATION_OF_RULE_6,
        "<text>\"Oppakken (for every function): \" + string(relevanceScore)</text>"))).isEmpty();
  }

  @Test
  void aCandidateTooHeavyToEvaluateIsRefusedWhenTheCheckTimeIsUp() {
    // Rule 1 of topicRelevance still matches OVERIG only, after 15,000 themes that do not exist: each
    // evaluation compares with all of them. Without the time limit this check ran 104 s and passed;
    // five such cells (650 KB) ran nine minutes, longer than the job's lock.
    String values = IntStream.range(0, 15_000).mapToObj(i -> "\"GEEN_THEMA_" + i + "\",")
        .collect(Collectors.joining());
    String heavy = inRule(shipped(), "Rule_9", "<text>\"OVERIG\"</text>", "<text>" + values + "\"OVERIG\"</text>");
    List<String> findings = CandidateCheck.check(bytes(heavy), IN_FORCE, SPACE, Framework::parse, Duration.ofSeconds(2))
        .findings();
    assertThat(findings).singleElement().asString()
        .startsWith("Het voorstel is te zwaar om door te rekenen: na 2 seconden waren ")
        .contains(" van de 31320 combinaties van invoer nagegaan");
  }

  @Test
  void aPortfolioGroupTheProcessDoesNotKnowIsCountedWhereverTheDecisionGivesIt() {
    // Taken-up topics to every official: the decision stays the same, so the what-if shows nothing.
    String toOfficials = inRule(shipped(), "Rule_27", "<text>portfolioGroup</text>", "<text>\"ambtenaren\"</text>");
    assertThat(findings(toOfficials)).singleElement().asString()
        .startsWith("Voor ").contains("(portefeuillegroep \"ambtenaren\" kent het proces niet)");
  }

  @Test
  void feelCannotCallJavaInTheEnginesThatEvaluateCandidates() {
    // Behind the refusal of 'function' above: feel-scala's external Java functions are off.
    String external = inRule(shipped(), "Rule_27", MOTIVATION_OF_RULE_6, "<text>{f: function(x) external {java:"
        + " {class: \"java.lang.System\", method signature: \"getProperty(java.lang.String)\"}}, r: f(\"user.name\")}.r"
        + "</text>");
    assertThat(Framework.parse(bytes(external)).evaluate(new Inputs("WONEN", "SPECIFIEK", "MEESTE", "NEE", null, 0, 3))
        .failure()).contains("External functions are disabled");
  }

  @Test
  void aGapInTheInputSpaceIsCountedWithExamples() {
    // "Score 5 or more: watch" and "otherwise: decline" made to apply only with a deadline: a topic
    // without one and a score of 5 to 7 then gets no decision at all.
    String lastInput = "<text>-</text>\n        </inputEntry>\n        <outputEntry>";
    String withDeadline = "<text>&gt;= 0</text>\n        </inputEntry>\n        <outputEntry>";
    String gap = inRule(inRule(shipped(), "Rule_29", lastInput, withDeadline), "Rule_30", lastInput, withDeadline);
    List<String> found = findings(gap);
    assertThat(found).singleElement().asString()
        .startsWith("Voor ")
        .contains("geen enkele regel van 'topicAssessment' past")
        .contains("bijvoorbeeld: thema ")
        .contains("weken tot deadline geen");
  }

  @Test
  void overlappingRulesWhereTheHitPolicyForbidsThemAreCounted() {
    // Routing is UNIQUE: a second rule for WONEN makes every WONEN topic match twice.
    String overlap = inRule(shipped(), "Rule_4", "\"SOCIAAL_DOMEIN\"", "\"SOCIAAL_DOMEIN\",\"WONEN\"");
    List<String> found = findings(overlap);
    assertThat(found).singleElement().asString()
        .startsWith("Voor " + (SPACE.size() / 8) + " van de " + SPACE.size() + " combinaties")
        .contains("meer dan één regel past waar de hit policy dat niet toestaat")
        .contains("thema WONEN");
  }
}
