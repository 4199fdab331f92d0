package nl.k80.wendbaar.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs the framework cannot work with fail the evaluation, naming the input; no guessed decision. */
class InvalidInputTest {

  static final Afwegingskader AFWEGINGSKADER = new Afwegingskader();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(nullValues = "MISSING", value = {
      "theme, MISSING", "theme, ONBEKEND", "theme, wonen",
      "smallMunicipalityImpact, MISSING", "smallMunicipalityImpact, SOMS",
      "membersAffected, MISSING", "membersAffected, ALLE",
      "coveredElsewhere, MISSING", "coveredElsewhere, MISSCHIEN",
      "activeTopicsInPortfolio, MISSING", "maxActiveTopics, MISSING"})
  void failsNamingTheInput(String input, String value) {
    Map<String, Object> topic = Afwegingskader.topic("WONEN", "SPECIFIEK", "MEESTE", "NEE", 3, 0);
    if (value == null) {
      topic.remove(input);
    } else {
      topic.put(input, value);
    }
    assertThatThrownBy(() -> AFWEGINGSKADER.evaluate("topicAssessment", topic))
        .hasMessageContaining("Ongeldige invoer " + input + " ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"theme"})
  void routingAloneFailsOnAnUnknownTheme(String input) {
    assertThatThrownBy(() -> AFWEGINGSKADER.evaluate("portfolioRouting", Map.of(input, "ONBEKEND")))
        .hasMessageContaining("Ongeldige invoer theme");
  }
}
