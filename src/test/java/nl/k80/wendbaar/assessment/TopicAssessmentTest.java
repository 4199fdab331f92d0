package nl.k80.wendbaar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the topicAssessment table and every boundary, on the table alone: the relevance
 * score is fed in directly. Columns: impact, theme, score, covered, active topics, weeks.
 */
class TopicAssessmentTest {

  static final Afwegingskader AFWEGINGSKADER = new Afwegingskader();

  private static DmnDecisionResultEntries assess(String impact, String theme, int score, String covered,
      int activeTopics, Integer weeks) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("smallMunicipalityImpact", impact);
    variables.put("theme", theme);
    variables.put("relevanceScore", score);
    variables.put("coveredElsewhere", covered);
    variables.put("activeTopicsInPortfolio", activeTopics);
    variables.put("maxActiveTopics", 3);
    variables.put("weeksToDeadline", weeks);
    variables.put("portfolioGroup", "portefeuille-wonen");
    return AFWEGINGSKADER.evaluateAssessmentTableAlone(variables);
  }

  @ParameterizedTest(name = "[{index}] {6}: {0} {1} score {2} covered {3} active {4} weeks {5}")
  @CsvSource(nullValues = "null", value = {
      // 1. no specific interest of small municipalities wins over everything
      "NIET,      WONEN,  11, NEE,   0, 0,    NIET_OPPAKKEN",
      "NIET,      OVERIG, 11, NEE,   0, 0,    NIET_OPPAKKEN",
      // 2./3. outside the agenda: board from 7 points, declined below (boundary 6/7)
      "SPECIFIEK, OVERIG,  7, NEE,   0, null, VOORLEGGEN_DB",
      "SPECIFIEK, OVERIG,  6, NEE,   0, null, NIET_OPPAKKEN",
      "ALGEMEEN,  OVERIG,  8, JA,    5, 0,    VOORLEGGEN_DB",
      // 4. already handled elsewhere for all municipalities alike: join
      "ALGEMEEN,  WONEN,  11, JA,    0, 0,    AANSLUITEN",
      "SPECIFIEK, WONEN,   9, JA,    0, 0,    OPPAKKEN",
      "ALGEMEEN,  WONEN,   9, DEELS, 0, 0,    OPPAKKEN",
      // 5./6. very relevant: take up, unless the portfolio is full (boundary 2/3 against max 3, 7/8)
      "SPECIFIEK, WONEN,   8, NEE,   3, null, VOORLEGGEN_DB",
      "SPECIFIEK, WONEN,   8, NEE,   4, null, VOORLEGGEN_DB",
      "SPECIFIEK, WONEN,   8, NEE,   2, null, OPPAKKEN",
      "SPECIFIEK, WONEN,   7, NEE,   3, null, VOLGEN",
      // 7. relevant and the deadline within four weeks (weeks 0..4, boundaries -1/0/4/5)
      "SPECIFIEK, WONEN,   5, NEE,   0, 0,    VOORLEGGEN_DB",
      "SPECIFIEK, WONEN,   5, NEE,   0, 4,    VOORLEGGEN_DB",
      "SPECIFIEK, WONEN,   7, NEE,   0, 4,    VOORLEGGEN_DB",
      "SPECIFIEK, WONEN,   5, NEE,   0, 5,    VOLGEN",
      "SPECIFIEK, WONEN,   5, NEE,   0, -1,   VOLGEN",
      "SPECIFIEK, WONEN,   5, NEE,   0, null, VOLGEN",
      "SPECIFIEK, WONEN,   4, NEE,   0, 0,    NIET_OPPAKKEN",
      // 8./9. relevant: watch; below 5: decline (boundary 4/5)
      "SPECIFIEK, WONEN,   5, NEE,   0, 26,   VOLGEN",
      "SPECIFIEK, WONEN,   4, NEE,   0, 27,   NIET_OPPAKKEN",
      "ALGEMEEN,  WONEN,   0, NEE,   0, null, NIET_OPPAKKEN"})
  void rulesInOrder(String impact, String theme, int score, String covered, int active, Integer weeks,
      String decision) {
    DmnDecisionResultEntries result = assess(impact, theme, score, covered, active, weeks);
    assertThat(result.<String>getEntry("decision")).isEqualTo(decision);
    assertThat(result.<String>getEntry("motivation")).isNotBlank();
    assertThat(result.<String>getEntry("portfolioGroup")).isEqualTo("portefeuille-wonen");
    assertThat(result.<Integer>getEntry("relevanceScore")).isEqualTo(score);
  }

  @Test
  void theMaximumOfActiveTopicsIsAnInputNotALiteral() {
    Map<String, Object> variables = new HashMap<>(Map.of("smallMunicipalityImpact", "SPECIFIEK", "theme", "WONEN",
        "relevanceScore", 9, "coveredElsewhere", "NEE", "activeTopicsInPortfolio", 3, "portfolioGroup", "x"));
    variables.put("weeksToDeadline", null);
    variables.put("maxActiveTopics", 4);
    assertThat(AFWEGINGSKADER.evaluateAssessmentTableAlone(variables).<String>getEntry("decision"))
        .isEqualTo("OPPAKKEN");
    variables.put("maxActiveTopics", 3);
    assertThat(AFWEGINGSKADER.evaluateAssessmentTableAlone(variables).<String>getEntry("decision"))
        .isEqualTo("VOORLEGGEN_DB");
  }

  @Test
  void motivationsSayWhyInWordsASubmitterUnderstands() {
    assertThat(assess("NIET", "WONEN", 11, "NEE", 0, 0).<String>getEntry("motivation"))
        .contains("raakt kleine gemeenten niet in het bijzonder");
    assertThat(assess("SPECIFIEK", "OVERIG", 6, "NEE", 0, null).<String>getEntry("motivation"))
        .contains("buiten de zeven thema's van de K80-agenda").contains("6 van 11");
    assertThat(assess("ALGEMEEN", "WONEN", 9, "JA", 0, 0).<String>getEntry("motivation")).contains("VNG");
    assertThat(assess("SPECIFIEK", "WONEN", 9, "NEE", 3, 0).<String>getEntry("motivation"))
        .contains("3 lopende thema's (maximum 3)");
    assertThat(assess("SPECIFIEK", "WONEN", 6, "NEE", 0, 2).<String>getEntry("motivation")).contains("vier weken");
  }
}
