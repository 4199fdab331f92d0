package nl.k80.wendbaar;

import static org.assertj.core.api.Assertions.assertThat;

import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps serve K80's configuration and styles instead of Camunda's defaults. */
@DemoAppTest
class WebappBrandingTest {

  @LocalServerPort
  int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappCarriesK80sNameSpeaksDutchAndShowsNoMigrationBanner(String app) {
    HttpApi browser = HttpApi.anonymous(port);
    assertThat(browser.get("/camunda/app/" + app + "/scripts/config.js").body())
        .contains("name: 'Wendbaar'", "vendor: 'K80'", "availableLocales: ['nl', 'en']", "fallbackLocale: 'nl'");
    assertThat(browser.get("/camunda/app/" + app + "/locales/nl.json").status()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/" + app + "/styles/user-styles.css").body())
        .contains(".ce-eol-banner").contains("display: none");
    // Each page asks where "Afmelden" leads (sso-logout.js): without SSO, nowhere beyond Camunda's own logout.
    assertThat(browser.get("/camunda/app/" + app + "/scripts/config.js").body()).contains("k80/sso-logout");
    HttpApi.Response logout = browser.get("/k80/sso");
    assertThat(logout.status()).isEqualTo(200);
    assertThat(logout.json().get("logoutUrl").isNull()).isTrue();
  }
}
