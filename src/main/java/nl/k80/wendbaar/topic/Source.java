package nl.k80.wendbaar.topic;

/** Who put the topic before K80. */
public enum Source implements Choice {
  VNG("VNG"),
  RIJK("Rijk"),
  PROVINCIE("Provincie"),
  LID("Lidgemeente"),
  EUROPA("Europa"),
  OVERIG("Overig");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
