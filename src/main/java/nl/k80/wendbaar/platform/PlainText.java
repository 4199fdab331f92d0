package nl.k80.wendbaar.platform;

/**
 * Text as people write it: any character but the control characters, of which only tab and line
 * breaks are text. PostgreSQL can neither store nor search a NUL (a submission with one failed
 * with 500 after it had taken its reference), and the others are no text in a register, a mail or
 * a CSV report either.
 */
public final class PlainText {

  public static final String RULE = "tekst zonder stuurtekens (tab en regeleinde mogen)";

  public static boolean isPlain(String text) {
    return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
  }

  private PlainText() {}
}
