package nl.k80.wendbaar.topic;

/** Who took the decision a topic acts on (variable decidedBy). */
public enum Decider implements Choice {
  AFWEGINGSKADER("Afwegingskader", "het afwegingskader"),
  DAGELIJKS_BESTUUR(Board.NAME, "het " + Board.NAME);

  private final String label;
  private final String inSentence;

  Decider(String label, String inSentence) {
    this.label = label;
    this.inSentence = inSentence;
  }

  @Override
  public String label() {
    return label;
  }

  /** "Besluit van het afwegingskader". */
  public String inSentence() {
    return inSentence;
  }

  /** The variable holding this decider's motivation: the framework's motivation, or the board's. */
  public String motivationVariable() {
    return this == DAGELIJKS_BESTUUR ? TopicIntake.BOARD_MOTIVATION : TopicIntake.MOTIVATION;
  }
}
