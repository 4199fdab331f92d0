package nl.k80.wendbaar.topic;

/** The role the submitter asks of K80. */
public enum RequestedRole implements Choice {
  LOBBY("Lobby"),
  KENNISDELING("Kennisdeling"),
  BEIDE("Beide");

  private final String label;

  RequestedRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
