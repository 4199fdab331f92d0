package nl.k80.wendbaar.topic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The themes of the K80 agenda, and OVERIG for a topic outside it. Each agenda theme has a
 * portfolio: the group "portefeuille-<theme>" of its portfolio holder and official lead; the board
 * carries OVERIG. A new theme is a constant here, plus its rows in the DMN and its options in the
 * forms (VocabularyTest names what is missing), plus its holder in Admin.
 */
public enum Theme implements Choice {
  NABIJHEID("Nabijheid"),
  VITALE_KERNEN("Vitale kernen"),
  WONEN("Wonen"),
  SOCIAAL_DOMEIN("Sociaal domein"),
  LANDELIJK_GEBIED("Landelijk gebied"),
  FINANCIEN("Financiën"),
  WERKGEVERSCHAP("Werkgeverschap"),
  OVERIG("Overig");

  private final String label;

  Theme(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean onAgenda() {
    return this != OVERIG;
  }

  /** The group that carries this theme's topics: its portfolio, or the board for topics outside the agenda. */
  public String portfolioGroup() {
    return onAgenda() ? "portefeuille-" + name().toLowerCase(Locale.ROOT).replace('_', '-') : Board.GROUP;
  }

  /** "Portefeuille Wonen", or the board's name. */
  public String portfolioName() {
    return onAgenda() ? "Portefeuille " + label : Board.NAME;
  }

  public static List<Theme> agenda() {
    return Arrays.stream(values()).filter(Theme::onAgenda).toList();
  }

  /** The groups a topic can be carried by: every portfolio, and the board. */
  public static List<String> portfolioGroups() {
    return Arrays.stream(values()).map(Theme::portfolioGroup).toList();
  }

  /** The Dutch name of a portfolio group ("Portefeuille Wonen", "Dagelijks Bestuur"), or the id itself. */
  public static String portfolioName(String group) {
    return Arrays.stream(values()).filter(theme -> theme.portfolioGroup().equals(group)).findFirst()
        .map(Theme::portfolioName).orElse(group);
  }
}
