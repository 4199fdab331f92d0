package nl.k80.wendbaar.register;

import java.util.Locale;

/**
 * The LIKE pattern of a search in the register, for columns compared in lower case with
 * ESCAPE '\': the text matches anywhere, and its own % and _ are plain characters.
 */
public final class SearchPattern {

  public static String containing(String text) {
    return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
  }

  private SearchPattern() {}
}
