package nl.k80.wendbaar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.k80.wendbaar.framework.Candidates;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.Eventually;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The afwegingskader changed in the Dutch Tasklist as its users do it: the secretariat uploads a
 * candidate from the start form (an embedded form: Tasklist renders no file upload in Camunda
 * Forms), the board reads the checks and the what-if in its task (axe-core clean) and rejects it,
 * so the version in force, shared with the other tests of this context, stays.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkChangeBrowserTest {

  @LocalServerPort
  int port;

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  Browser browser;

  @BeforeAll
  void setUp() {
    browser = new Browser(port);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theSecretariatProposesAndTheBoardReadsTheWhatIfAndRejects() {
    Page secretary = browser.loggedIn("secretaris", "tasklist");
    secretary.getByText("Proces starten").click();
    secretary.getByText("Afwegingskader wijzigen").click();
    Locator file = secretary.getByLabel("Nieuwe versie (DMN-bestand uit Camunda Modeler, ten hoogste 1 MB)");
    // A lower threshold, and housing to the finance portfolio: a change of route the board must see too.
    String candidate = Candidates.inRule(Candidates.takeUpFromSeven(), "Rule_3", "\"portefeuille-wonen\"",
        "\"portefeuille-financien\"");
    file.setInputFiles(new FilePayload("afwegingskader.dmn", "application/xml", Candidates.bytes(candidate)));
    secretary.getByLabel("Waarom deze wijziging?").fill("Meer thema's oppakken: vanaf 7 punten.");
    assertThat(Browser.accessibilityProblems(secretary, ".modal-content")).as("start form").isEmpty();
    Browser.screenshot(secretary, "framework-change-proposed");
    secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starten").setExact(true)).click();

    Task approve = Eventually.value(() -> taskService.createTaskQuery().processDefinitionKey(FrameworkChange.PROCESS)
        .taskDefinitionKey(FrameworkChange.APPROVE).singleResult());

    Page chair = browser.loggedIn("voorzitter", "tasklist");
    chair.getByText("Taken van mijn groepen").first().click();
    chair.locator(".tasks-list").getByText("Wijziging afwegingskader beoordelen").first().click();
    IntakeJourneyBrowserTest.claim(chair);
    Locator regions = chair.locator("#k80-regions table");
    regions.waitFor();
    assertThat(regions.textContent()).contains("Volgen").contains("Oppakken").contains("Relevantiescore");
    assertThat(chair.locator("#k80-checks").textContent()).contains("doorstaat alle controles");
    assertThat(chair.locator("#k80-routing table").textContent()).contains("Wonen").contains("Portefeuille Wonen")
        .contains("Portefeuille Financiën");
    assertThat(chair.locator("#k80-topics").textContent()).contains("afgewogen thema's");
    assertThat(chair.locator("#k80-proposal-motivation").textContent())
        .isEqualTo("Meer thema's oppakken: vanaf 7 punten.");
    assertThat(Browser.accessibilityProblems(chair, "form[name='approveFrameworkChange']")).as("board's task")
        .isEmpty();
    Browser.screenshot(chair, "framework-change-what-if");

    chair.locator("#approval").selectOption("AFWIJZEN");
    chair.locator("#approvalMotivation").fill("Eerst de ervaringen van dit halfjaar afwachten.");
    chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voltooien")).click();
    chair.getByText("Kies een taak in de lijst.").waitFor();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(approve.getProcessInstanceId())
        .activityId("proposalRejected").count()).isEqualTo(1);
  }
}
