package nl.k80.wendbaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.junit.jupiter.api.Test;
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

  /**
   * Each page names its scripts with the nonce of its own Content-Security-Policy, also when pages
   * load at the same time; otherwise the browser refuses every script and the page never appears.
   */
  @Test
  void everyPageCarriesTheNonceOfItsOwnPolicyAlsoWhenPagesLoadAtOnce() throws Exception {
    List<Callable<String>> loads = new ArrayList<>();
    for (int load = 0; load < 400; load++) {
      String app = List.of("tasklist", "cockpit", "admin", "welcome").get(load % 4);
      loads.add(() -> {
        HttpApi.Response page = HttpApi.anonymous(port).get("/camunda/app/" + app + "/default/");
        Matcher policy = Pattern.compile("'nonce-([^']+)'").matcher(
            page.headers().firstValue("Content-Security-Policy").orElse(""));
        Matcher script = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        return policy.find() && script.find() && policy.group(1).equals(script.group(1)) ? "ok"
            : app + ": policy and page differ";
      });
    }
    ExecutorService browsers = Executors.newFixedThreadPool(8);
    try {
      List<String> outcomes = new ArrayList<>();
      for (Future<String> outcome : browsers.invokeAll(loads)) {
        outcomes.add(outcome.get());
      }
      assertThat(outcomes).containsOnly("ok");
    } finally {
      browsers.shutdownNow();
    }
  }
}
