package nl.k80.wendbaar.topic;

/** What the secretariat's screening concluded. */
public enum ScreeningOutcome implements Choice {
  COMPLEET("Compleet: nu afwegen"),
  AANVULLEN("Aanvullen: terug naar de indiener"),
  DUPLICAAT("Dubbel: al eerder aangemeld");

  private final String label;

  ScreeningOutcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
