package nl.k80.wendbaar.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.k80.wendbaar.topic.Decision;

/**
 * What became of a topic, as report and dashboard count it: the decision it acts on, or still
 * open without one, or closed without one (a duplicate, unanswered, cancelled).
 */
final class Outcomes {

  static final String OPEN = "OPEN";
  static final String CLOSED = "GESLOTEN";

  /** Every outcome with its Dutch label, in the order report and dashboard show them. */
  static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    Decision.finalDecisions().forEach(decision -> labels.put(decision.name(), decision.label()));
    labels.put(OPEN, "Nog geen besluit");
    labels.put(CLOSED, "Gesloten zonder besluit");
    return labels;
  }

  static String label(String outcome) {
    return LABELS.getOrDefault(outcome, outcome);
  }

  private Outcomes() {}
}
