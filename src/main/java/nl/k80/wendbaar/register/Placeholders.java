package nl.k80.wendbaar.register;

import java.util.Collection;
import java.util.Collections;

/** The "?, ?, ?" of an SQL IN list over the register, one per value: the values stay bind parameters. */
public final class Placeholders {

  public static String of(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  private Placeholders() {}
}
