package nl.k80.wendbaar.topic;

/**
 * The network's secretariat as a topic meets it: it screens and reassesses topics, and proposes
 * changes of the afwegingskader itself (frameworkChange).
 */
public final class Secretariat {

  /** Its Camunda group. */
  public static final String GROUP = "secretariaat";
  public static final String NAME = "Secretariaat K80";

  private Secretariat() {}
}
