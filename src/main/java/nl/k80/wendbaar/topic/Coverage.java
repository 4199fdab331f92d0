package nl.k80.wendbaar.topic;

/** coveredElsewhere: whether the VNG or another network already handles the topic well enough. */
public enum Coverage implements Choice {
  NEE("Nee"),
  DEELS("Deels"),
  JA("Ja, dat gebeurt al goed");

  private final String label;

  Coverage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
