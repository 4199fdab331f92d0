package nl.k80.wendbaar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioRoutingTest {

  static final Afwegingskader AFWEGINGSKADER = new Afwegingskader();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "NABIJHEID, portefeuille-nabijheid",
      "VITALE_KERNEN, portefeuille-vitale-kernen",
      "WONEN, portefeuille-wonen",
      "SOCIAAL_DOMEIN, portefeuille-sociaal-domein",
      "LANDELIJK_GEBIED, portefeuille-landelijk-gebied",
      "FINANCIEN, portefeuille-financien",
      "WERKGEVERSCHAP, portefeuille-werkgeverschap",
      "OVERIG, dagelijks-bestuur"})
  void eachThemeGoesToItsPortfolio(String theme, String group) {
    assertThat(AFWEGINGSKADER.evaluate("portfolioRouting", Map.of("theme", theme)).<String>getEntry("portfolioGroup"))
        .isEqualTo(group);
  }
}
