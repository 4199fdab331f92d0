package nl.k80.wendbaar.assessment;

import static nl.k80.wendbaar.assessment.Afwegingskader.COVERAGES;
import static nl.k80.wendbaar.assessment.Afwegingskader.IMPACTS;
import static nl.k80.wendbaar.assessment.Afwegingskader.MEMBERS;
import static nl.k80.wendbaar.assessment.Afwegingskader.ROLES;
import static nl.k80.wendbaar.assessment.Afwegingskader.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;

/**
 * The whole input space through the whole DRD, compared with a reference implementation of the
 * contract's rules written here, independently of the tables.
 */
class AfwegingskaderExhaustiveTest {

  // Every value on either side of a boundary of the contract; values between behave alike.
  static final List<Integer> DEADLINE_BUCKETS = Arrays.asList(null, -1, 0, 4, 5, 26, 27);
  static final List<Integer> ACTIVE_TOPICS = List.of(0, 2, 3, 4);

  enum Rule { R1, R2, R3, R4, R5, R6, R7, R8, R9 }

  record Expected(String portfolioGroup, int score, String decision, Rule rule) {}

  /** The contract, "The afwegingskader", in plain Java. */
  static Expected reference(String theme, String impact, String members, String covered, Integer weeks, int active,
      int maxActive) {
    boolean agenda = !theme.equals("OVERIG");
    String group = agenda ? "portefeuille-" + theme.toLowerCase().replace('_', '-') : "dagelijks-bestuur";
    int score = (agenda ? 3 : 0)
        + switch (impact) { case "SPECIFIEK" -> 3; case "ALGEMEEN" -> 1; default -> 0; }
        + switch (members) { case "MEESTE" -> 2; case "DEEL" -> 1; default -> 0; }
        + switch (covered) { case "NEE" -> 2; case "DEELS" -> 1; default -> 0; }
        + (weeks != null && weeks >= 0 && weeks <= 26 ? 1 : 0);
    boolean urgent = weeks != null && weeks >= 0 && weeks <= 4;
    if (impact.equals("NIET")) {
      return new Expected(group, score, "NIET_OPPAKKEN", Rule.R1);
    } else if (!agenda && score >= 7) {
      return new Expected(group, score, "VOORLEGGEN_DB", Rule.R2);
    } else if (!agenda) {
      return new Expected(group, score, "NIET_OPPAKKEN", Rule.R3);
    } else if (covered.equals("JA") && impact.equals("ALGEMEEN")) {
      return new Expected(group, score, "AANSLUITEN", Rule.R4);
    } else if (score >= 8 && active >= maxActive) {
      return new Expected(group, score, "VOORLEGGEN_DB", Rule.R5);
    } else if (score >= 8) {
      return new Expected(group, score, "OPPAKKEN", Rule.R6);
    } else if (score >= 5 && urgent) {
      return new Expected(group, score, "VOORLEGGEN_DB", Rule.R7);
    } else if (score >= 5) {
      return new Expected(group, score, "VOLGEN", Rule.R8);
    }
    return new Expected(group, score, "NIET_OPPAKKEN", Rule.R9);
  }

  @Test
  void everyInputCombinationAgreesWithTheContract() {
    Afwegingskader afwegingskader = new Afwegingskader();
    List<String> disagreements = new ArrayList<>();
    Set<Rule> rulesSeen = EnumSet.noneOf(Rule.class);
    int evaluated = 0;
    for (String theme : THEMES) {
      for (String impact : IMPACTS) {
        for (String members : MEMBERS) {
          for (String covered : COVERAGES) {
            for (String role : ROLES) {
              for (Integer weeks : DEADLINE_BUCKETS) {
                for (int active : ACTIVE_TOPICS) {
                  Map<String, Object> topic = Afwegingskader.topic(theme, impact, members, covered, weeks, active);
                  topic.put("requestedRole", role);
                  Expected expected = reference(theme, impact, members, covered, weeks, active, 3);
                  DmnDecisionResultEntries actual = afwegingskader.evaluate("topicAssessment", topic);
                  evaluated++;
                  rulesSeen.add(expected.rule());
                  if (!expected.decision().equals(actual.getEntry("decision"))
                      || !Integer.valueOf(expected.score()).equals(actual.getEntry("relevanceScore"))
                      || !expected.portfolioGroup().equals(actual.getEntry("portfolioGroup"))
                      || actual.<String>getEntry("motivation") == null) {
                    disagreements.add(topic + " expected " + expected + " but DMN gave " + actual);
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(disagreements).as("disagreements (first ones)").isEmpty();
    assertThat(evaluated).isEqualTo(8 * 3 * 3 * 3 * 3 * DEADLINE_BUCKETS.size() * ACTIVE_TOPICS.size());
    // Rule 9 is unreachable with valid inputs: an agenda theme that matters to small
    // municipalities scores at least 5 unless rule 4 catches it first. The table test covers it.
    assertThat(rulesSeen).isEqualTo(EnumSet.complementOf(EnumSet.of(Rule.R9)));
  }
}
