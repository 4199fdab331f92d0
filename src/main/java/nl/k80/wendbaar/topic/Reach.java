package nl.k80.wendbaar.topic;

/** membersAffected: how many members the topic concerns. */
public enum Reach implements Choice {
  MEESTE("De meeste leden"),
  DEEL("Een deel van de leden"),
  ENKELE("Enkele leden");

  private final String label;

  Reach(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
