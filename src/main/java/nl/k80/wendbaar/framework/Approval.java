package nl.k80.wendbaar.framework;

import nl.k80.wendbaar.topic.Choice;

/** What the board decides about a proposed change of the afwegingskader (approveFrameworkChange). */
public enum Approval implements Choice {
  GOEDKEUREN("Goedkeuren"),
  AFWIJZEN("Afwijzen");

  private final String label;

  Approval(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
