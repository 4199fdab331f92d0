package nl.k80.wendbaar.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Reporting as its people use it: the chair's board dashboard in Cockpit, on topics that went
 * through the real intake, and the secretariat's review of the semiannual report in Tasklist.
 */
@DemoAppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class BoardDashboardBrowserTest {

  static Browser browser;

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  Browser browser() {
    if (browser == null) {
      browser = new Browser(port);
    }
    return browser;
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
    
    Page cockpit = browser().loggedIn("voorzitter", "cockpit");
    Locator navigation = cockpit.getByText("Bestuursdashboard").first();
    navigation.click();
    Locator dashboard = cockpit.locator(".k80-dashboard");
    assertThat(dashboard.locator("h2")).containsText(new String[] {"Besluiten per thema (alle aanmeldingen)",
        "Open thema's per portefeuille tegen het maximum", "Doorlooptijd van aanmelding tot besluit", "Themaregister"});
    Locator wonen = dashboard.locator("section").first().locator("tr", new Locator.LocatorOptions().setHasText("Wonen"));
    assertThat(wonen.locator("td").last().locator(".k80-bar")).hasCount(1);
    // This class's other test may have taken up a Wonen topic as well.
    assertThat(dashboard.locator("section").nth(1).locator("tr", new Locator.LocatorOptions()
        .setHasText("Portefeuille Financiën"))).containsText("1 van 3");
    assertThat(dashboard.locator(".k80-register tbody")).containsText(housing);
    assertThat(dashboard.locator(".k80-register tbody")).containsText(finance);
    Browser.screenshot(cockpit, "10-cockpit-bestuursdashboard");
    assertThat(Browser.accessibilityProblems(cockpit, ".k80-dashboard")).isEmpty();

    cockpit.getByLabel("Zoek op kenmerk, titel of gemeente").fill("gemeentefonds");
    assertThat(dashboard.locator(".k80-register tbody tr")).hasCount(1);
    assertThat(dashboard.locator(".k80-register tbody tr")).containsText(finance);
    dashboard.locator(".k80-register tbody tr a").click();
    cockpit.waitForURL("**/process-instance/**");
    assertThat(cockpit.locator("body")).containsText("Actueel thema");
  }

  @Test
  void theSecretariatReviewsTheSemiannualReportInTasklist() {
    submitAndScreen("Woningbouw in kleine kernen", "WONEN");
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey("semiannualReport")
        .timers().singleResult().getId());
    String report = runtimeService.createProcessInstanceQuery().processDefinitionKey("semiannualReport")
        .singleResult().getId();
    
    Page secretary = browser().loggedIn("secretaris", "tasklist");
    IntakeJourneyBrowserTest.openToWork(secretary, "Taken van mijn groepen", "Halfjaarrapportage controleren",
        "report review form");
    assertThat(secretary.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Samenvatting")))
        .hasValue(Pattern.compile("Nu open: .*Plan van aanpak \\d+"));
    secretary.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
        .setName("Toelichting van het secretariaat (optioneel)")).fill("Een rustig halfjaar.");
    IntakeJourneyBrowserTest.completeInBrowser(secretary, "11-halfjaarrapportage-controleren");
    assertThat(runtimeService.getVariable(report, "reportRemark")).isEqualTo("Een rustig halfjaar.");
  }
}
