package nl.k80.wendbaar.topic;

/**
 * The Dagelijks Bestuur as a topic meets it: it decides the topics put before it, and it carries
 * the topics no portfolio carries (Theme.OVERIG, or kept by its own decision).
 */
public final class Board {

  /** Its Camunda group, and the portfolioGroup of the topics it carries. */
  public static final String GROUP = "dagelijks-bestuur";
  public static final String NAME = "Dagelijks Bestuur";

  private Board() {}
}
