package nl.k80.wendbaar.framework;

import java.util.HashMap;
import java.util.Map;
import nl.k80.wendbaar.topic.TopicIntake;

/** The inputs of one evaluation of the afwegingskader: what a topic brings and what its portfolio carries. */
record Inputs(String theme, String impact, String members, String coverage, Integer weeksToDeadline,
    int activeTopics, int maxActiveTopics) {

  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TopicIntake.THEME, theme);
    variables.put(TopicIntake.IMPACT, impact);
    variables.put(TopicIntake.REACH, members);
    variables.put(TopicIntake.COVERAGE, coverage);
    variables.put("weeksToDeadline", weeksToDeadline);
    variables.put("activeTopicsInPortfolio", activeTopics);
    variables.put("maxActiveTopics", maxActiveTopics);
    return variables;
  }

  /** In Dutch, for a finding that names one combination. */
  String describe() {
    return "thema " + theme + ", kleine gemeenten " + impact + ", leden " + members + ", elders " + coverage
        + ", weken tot deadline " + (weeksToDeadline == null ? "geen" : weeksToDeadline) + ", lopende thema's "
        + activeTopics + " (maximum " + maxActiveTopics + ")";
  }
}
