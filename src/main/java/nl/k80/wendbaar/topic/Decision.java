package nl.k80.wendbaar.topic;

import java.util.Arrays;
import java.util.List;

/**
 * What the afwegingskader decides about a topic (DMN output "decision"). The board decides a topic
 * put before it (VOORLEGGEN_DB) with one of the others.
 */
public enum Decision implements Choice {
  OPPAKKEN("Oppakken"),
  AANSLUITEN("Aansluiten bij een partner"),
  VOLGEN("Volgen"),
  NIET_OPPAKKEN("Niet oppakken"),
  VOORLEGGEN_DB("Voorleggen aan het Dagelijks Bestuur");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** A decision the process acts on (finalDecision), as opposed to putting the topic before the board. */
  public boolean isFinal() {
    return this != VOORLEGGEN_DB;
  }

  /** The decisions the board chooses from, and that a topic ends up with (finalDecision). */
  public static List<Decision> finalDecisions() {
    return Arrays.stream(values()).filter(Decision::isFinal).toList();
  }
}
