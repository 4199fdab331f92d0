package nl.k80.wendbaar.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import nl.k80.wendbaar.intake.IntakeHttpTest;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An official follows a topic in the Dutch Tasklist from submission to decision ("Mijn
 * aanmeldingen"), and another official finds it among the network's topics ("Thema's van K80")
 * but not among their own. Screenshots under target/screenshots/.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowingTopicsBrowserTest {

  static final String OTHER_OFFICIAL = "ambtenaar-drie";

  @LocalServerPort
  int port;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  Browser browser;

  @BeforeAll
  void setUp() {
    browser = new Browser(port);
    TestUsers.create(identityService, OTHER_OFFICIAL, "ambtenaren");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  static Locator dialog(Page page, String title) {
    return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
  }

  static Locator open(Page page, String view) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(view).setExact(true)).click();
    Locator dialog = dialog(page, view);
    dialog.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasNotText("Laden")).first().waitFor();
    return dialog;
  }

  static void close(Locator dialog) {
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
    assertThat(dialog).isHidden();
  }

  void screen(String reference, Map<String, Object> variables) {
    String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("screenTopic")
        .singleResult().getId();
    assertThat(HttpApi.basic(port, "secretaris", "secretaris").post("/engine-rest/task/" + task + "/submit-form",
        IntakeHttpTest.form(variables)).status()).isEqualTo(204);
  }

  @Test
  void anOfficialFollowsTheirTopicFromSubmissionToDecision() {
    Page official = browser.loggedIn("ambtenaar", "tasklist");
    IntakeJourneyBrowserTest.openStartForm(official);
    IntakeJourneyBrowserTest.fillStartForm(official, "Laadpalen in kleine kernen");
    IntakeJourneyBrowserTest.startFromForm(official);
    ProcessInstance topic = runtimeService.createProcessInstanceQuery().processDefinitionKey("topicIntake")
        .variableValueEquals("title", "Laadpalen in kleine kernen").singleResult();
    String reference = topic.getBusinessKey();

    // Without leaving Tasklist, the official reads the new reference.
    Locator received = official.locator("#k80-received");
    assertThat(received).containsText("Aanmelding ontvangen");
    assertThat(received.locator(".k80-reference")).hasText(reference);
    Browser.screenshot(official, "10a-kenmerk-na-aanmelden");
    received.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mijn aanmeldingen")).click();
    Locator mine = dialog(official, "Mijn aanmeldingen");
    Locator item = mine.locator(".k80-topic").filter(new Locator.FilterOptions().setHasText(reference));
    assertThat(item).containsText("Laadpalen in kleine kernen");
    assertThat(item).containsText("In screening");
    assertThat(Browser.accessibilityProblems(official, "#k80-mine")).as("Mijn aanmeldingen").isEmpty();
    close(mine);

    screen(reference, Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Hoeveel laadpalen zijn er nodig?"));
    mine = open(official, "Mijn aanmeldingen");
    item = mine.locator(".k80-topic").filter(new Locator.FilterOptions().setHasText(reference));
    assertThat(item).containsText("Aanvulling gevraagd");
    assertThat(item.locator(".k80-remark")).containsText("Hoeveel laadpalen zijn er nodig?");
    Browser.screenshot(official, "10b-aanvulling-gevraagd");
    item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Aanvulling geven voor " + reference)).click();
    assertThat(mine).isHidden();
    assertThat(official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wat moet de indiener aanvullen?")))
        .hasValue("Hoeveel laadpalen zijn er nodig?");
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Omschrijving"))
        .fill("Veertig laadpalen in twaalf kernen.");
    IntakeJourneyBrowserTest.completeInBrowser(official, "10c-aanvullen-vanuit-mijn-aanmeldingen");
    assertThat(runtimeService.getVariable(topic.getId(), "description")).isEqualTo("Veertig laadpalen in twaalf kernen.");

    screen(reference, Map.of("screeningOutcome", "COMPLEET"));
    String motivation = (String) runtimeService.getVariable(topic.getId(), "motivation");
    mine = open(official, "Mijn aanmeldingen");
    item = mine.locator(".k80-topic").filter(new Locator.FilterOptions().setHasText(reference));
    assertThat(item).containsText("Plan van aanpak");
    assertThat(item).containsText("Oppakken");
    assertThat(item).containsText("Afwegingskader");
    assertThat(item).containsText(motivation);
    assertThat(item).containsText("Portefeuille Wonen");
    assertThat(item.locator(".k80-remark")).hasCount(0);
    Browser.screenshot(official, "10d-besluit-gelezen");

    Page other = browser.loggedIn(OTHER_OFFICIAL, TestUsers.PASSWORD, "Test " + OTHER_OFFICIAL, "tasklist");
    Locator network = open(other, "Thema's van K80");
    network.getByLabel("Zoek op titel of kenmerk").fill(reference.toLowerCase());
    network.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
    assertThat(network.getByRole(AriaRole.STATUS)).containsText("1 thema gevonden");
    Locator found = network.locator(".k80-topic");
    assertThat(found).hasCount(1);
    assertThat(found).containsText("Laadpalen in kleine kernen");
    assertThat(found).containsText(motivation);
    assertThat(found).not().containsText("ambtenaar");
    assertThat(Browser.accessibilityProblems(other, "#k80-network")).as("Thema's van K80").isEmpty();
    Browser.screenshot(other, "10e-themas-van-k80");
    network.getByLabel("Besluit").selectOption("NIET_OPPAKKEN");
    assertThat(network.getByRole(AriaRole.STATUS)).containsText("Geen thema's gevonden");
    close(network);
    Locator othersOwn = open(other, "Mijn aanmeldingen");
    assertThat(othersOwn.getByRole(AriaRole.STATUS)).containsText("U hebt nog geen actuele thema's aangemeld");
    assertThat(othersOwn).not().containsText(reference);
  }
}
