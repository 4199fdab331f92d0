package nl.k80.wendbaar.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The board dashboard as the chair sees it in Cockpit, on topics that went through the real intake. */
@DemoAppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class BoardDashboardBrowserTest {

  static Browser browser;

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  String submitAndScreen(String title, String theme) {
    Map<String, Object> values = topic();
    values.put("title", title);
    values.put("theme", theme);
    String reference = HttpApi.basic(port, "ambtenaar", "ambtenaar").post(SUBMIT, form(values)).json()
        .get("businessKey").asText();
    String screening = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(HttpApi.basic(port, "secretaris", "secretaris").post("/engine-rest/task/" + screening + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET"))).status()).isEqualTo(204);
    return reference;
  }

  @Test
  void theChairFindsDecisionsLoadLeadTimesAndTheRegisterInCockpit() {
    String housing = submitAndScreen("Woningbouw in kleine kernen", "WONEN");
    String finance = submitAndScreen("Gemeentefonds voor kleine gemeenten", "FINANCIEN");
    browser = new Browser(port);

    Page cockpit = browser.loggedIn("voorzitter", "cockpit");
    Locator navigation = cockpit.getByText("Bestuursdashboard").first();
    navigation.click();
    Locator dashboard = cockpit.locator(".k80-dashboard");
    assertThat(dashboard.locator("h2")).containsText(new String[] {"Besluiten per thema (alle aanmeldingen)",
        "Open thema's per portefeuille tegen het maximum", "Doorlooptijd van aanmelding tot besluit", "Themaregister"});
    Locator wonen = dashboard.locator("section").first().locator("tr", new Locator.LocatorOptions().setHasText("Wonen"));
    assertThat(wonen.locator("td").last().locator(".k80-bar")).hasCount(1);
    assertThat(dashboard.locator("section").nth(1).locator("tr", new Locator.LocatorOptions()
        .setHasText("Portefeuille Wonen"))).containsText("1 van 3");
    assertThat(dashboard.locator(".k80-register tbody tr")).hasCount(2);
    Browser.screenshot(cockpit, "10-cockpit-bestuursdashboard");
    assertThat(Browser.accessibilityProblems(cockpit, ".k80-dashboard")).isEmpty();

    cockpit.getByLabel("Zoek op kenmerk, titel of gemeente").fill("gemeentefonds");
    assertThat(dashboard.locator(".k80-register tbody tr")).hasCount(1);
    assertThat(dashboard.locator(".k80-register tbody tr")).containsText(finance);
    dashboard.locator(".k80-register tbody tr a").click();
    cockpit.waitForURL("**/process-instance/**");
    assertThat(cockpit.locator("body")).containsText("Actueel thema");
    assertThat(housing).isNotEqualTo(finance);
  }
}
