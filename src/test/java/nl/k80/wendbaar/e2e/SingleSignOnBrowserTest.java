package nl.k80.wendbaar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.k80.wendbaar.support.RunningApp;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Login with the municipality's own account in Chromium, through the login page of a real OpenID
 * Connect provider in this process (mock-oauth2-server): an official into Tasklist, who can start
 * the intake and nothing else; a board member into Cockpit, who reads the processes; "Afmelden"
 * ends the session at the provider too, so the next visit asks for the login again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnBrowserTest {

  MockOAuth2Server provider;
  RunningApp app;
  Browser browser;

  @BeforeAll
  void start() {
    provider = new MockOAuth2Server(new OAuth2Config(true));
    provider.start();
    app = RunningApp.start("demo", Map.of(
        "spring.datasource.url", "jdbc:h2:mem:sso-browser-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "k80.oidc.issuer-uri", provider.issuerUrl("k80").toString(),
        "k80.oidc.client-secret", "geheim-voor-de-test"));
    browser = new Browser(app.port());
  }

  @AfterAll
  void stop() {
    browser.close();
    app.close();
    provider.shutdown();
  }

  /** The provider's login page, filled in as the municipality's directory would know the person. */
  Page loggedIn(String app, String id, String name, List<String> groups) throws Exception {
    Page page = browser.page();
    page.navigate(browser.url("/camunda/app/" + app + "/default/"));
    page.locator("input[name='username']").fill(id);
    String[] names = name.split(" ", 2);
    page.locator("textarea[name='claims']").fill(new ObjectMapper().writeValueAsString(Map.of(
        "preferred_username", id, "given_name", names[0], "family_name", names[1],
        "email", id + "@gemeente.example", "groups", groups)));
    page.locator("input[type='submit']").click();
    page.getByText(name).first().waitFor();
    return page;
  }

  @Test
  void anOfficialLogsInToTasklistAndMayOnlyStartTheIntake() throws Exception {
    Page official = loggedIn("tasklist", "sso-ambtenaar", "Olga Officieel", List.of("ambtenaren"));
    official.getByText("Proces starten").click();
    official.getByText("Actueel thema: intake en afweging").waitFor();
    assertThat(official.getByText("Afwegingskader wijzigen").count()).isZero();
    Browser.screenshot(official, "sso-tasklist-official");
  }

  @Test
  void aBoardMemberLogsInToCockpitAndLogsOutAtTheProviderToo() throws Exception {
    Page board = loggedIn("cockpit", "sso-bestuur", "Bart Bestuurder", List.of("dagelijks-bestuur"));
    board.getByText("Processen").first().click();
    board.getByText("Actueel thema: intake en afweging").first().waitFor();
    Browser.screenshot(board, "sso-cockpit-board");

    List<String> visited = new ArrayList<>();
    board.onRequest(request -> visited.add(request.url()));
    board.getByText("Bart Bestuurder").first().click();
    board.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afmelden")).click();
    board.locator("input[name='username']").waitFor();
    assertThat(visited).anySatisfy(url -> assertThat(url).startsWith(provider.issuerUrl("k80") + "/endsession"));
    board.navigate(browser.url("/camunda/app/cockpit/default/"));
    board.locator("input[name='username']").waitFor();
    assertThat(board.url()).startsWith(provider.issuerUrl("k80").toString());
  }
}
