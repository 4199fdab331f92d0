package nl.k80.wendbaar.framework;

import nl.k80.wendbaar.topic.Choice;

/** What the proposer does with a candidate that failed the checks (reviseFrameworkChange). */
public enum Revision implements Choice {
  OPNIEUW_INDIENEN("Nieuwe versie indienen"),
  INTREKKEN("Voorstel intrekken");

  private final String label;

  Revision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
