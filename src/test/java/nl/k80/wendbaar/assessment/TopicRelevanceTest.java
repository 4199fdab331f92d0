package nl.k80.wendbaar.assessment;

import static nl.k80.wendbaar.assessment.Afwegingskader.topic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points per criterion: each case changes one input of a topic that scores 0 on every other. */
class TopicRelevanceTest {

  static final Afwegingskader AFWEGINGSKADER = new Afwegingskader();

  private static Integer score(Map<String, Object> topic) {
    Object score = AFWEGINGSKADER.evaluate("topicRelevance", topic).getEntry("relevanceScore");
    assertThat(score).isInstanceOf(Integer.class);
    return (Integer) score;
  }

  @ParameterizedTest(name = "theme {0}: {1} points")
  @CsvSource({"NABIJHEID,3", "VITALE_KERNEN,3", "WONEN,3", "SOCIAAL_DOMEIN,3", "LANDELIJK_GEBIED,3",
      "FINANCIEN,3", "WERKGEVERSCHAP,3", "OVERIG,0"})
  void theme(String theme, int points) {
    assertThat(score(topic(theme, "NIET", "ENKELE", "JA", null, 0))).isEqualTo(points);
  }

  @ParameterizedTest(name = "impact {0}: {1} points")
  @CsvSource({"SPECIFIEK,3", "ALGEMEEN,1", "NIET,0"})
  void smallMunicipalityImpact(String impact, int points) {
    assertThat(score(topic("OVERIG", impact, "ENKELE", "JA", null, 0))).isEqualTo(points);
  }

  @ParameterizedTest(name = "members {0}: {1} points")
  @CsvSource({"MEESTE,2", "DEEL,1", "ENKELE,0"})
  void membersAffected(String members, int points) {
    assertThat(score(topic("OVERIG", "NIET", members, "JA", null, 0))).isEqualTo(points);
  }

  @ParameterizedTest(name = "covered elsewhere {0}: {1} points")
  @CsvSource({"NEE,2", "DEELS,1", "JA,0"})
  void coveredElsewhere(String covered, int points) {
    assertThat(score(topic("OVERIG", "NIET", "ENKELE", covered, null, 0))).isEqualTo(points);
  }

  @ParameterizedTest(name = "weeks to deadline {0}: {1} points")
  @CsvSource(value = {"null,0", "-1,0", "0,1", "4,1", "5,1", "26,1", "27,0"}, nullValues = "null")
  void weeksToDeadline(Integer weeks, int points) {
    assertThat(score(topic("OVERIG", "NIET", "ENKELE", "JA", weeks, 0))).isEqualTo(points);
  }

  @Test
  void everythingAtItsMaximumScoresEleven() {
    assertThat(score(topic("WONEN", "SPECIFIEK", "MEESTE", "NEE", 0, 0))).isEqualTo(11);
  }
}
