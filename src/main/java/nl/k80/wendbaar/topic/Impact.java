package nl.k80.wendbaar.topic;

/** smallMunicipalityImpact: how the topic hits small municipalities. */
public enum Impact implements Choice {
  SPECIFIEK("Kleine gemeenten specifiek of harder"),
  ALGEMEEN("Alle gemeenten in gelijke mate"),
  NIET("Niet relevant voor kleine gemeenten");

  private final String label;

  Impact(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
