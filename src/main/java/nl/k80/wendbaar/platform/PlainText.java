package nl.k80.wendbaar.platform;

/**
 * Text as people write it: whole characters, and none of the control characters but tab and line
 * breaks. PostgreSQL can neither store nor search a NUL (a submission with one failed with 500
 * after it had taken its reference) and stores half a character (a lone surrogate, which JSON can
 * carry as an escape) as '?'; the control characters are no text in a register, a mail or a CSV
 * report either.
 */
public final class PlainText {

  public static final String RULE = "gewone tekst, zonder stuurtekens (tab en regeleinde mogen) of halve tekens";

  public static boolean isPlain(String text) {
    // A surrogate pair is one code point here; only half of one is a surrogate of its own.
    return text.codePoints().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private PlainText() {}
}
