package nl.k80.wendbaar.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.intake.IntakeHttpTest;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey of a topic as its people click it in Tasklist and Cockpit, with a screenshot of
 * every step under target/screenshots/.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeJourneyBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  ManagementService managementService;

  Browser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = new Browser(port);
    }
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** form-js selects are widgets of their own, not native select elements. */
  static void choose(Page page, String label, String option) {
    page.locator(".fjs-form-field-select").filter(new Locator.FilterOptions()
        .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label)))).first()
        .locator(".fjs-input-group").first().click();
    page.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
  }

  /** Opens the start form of the intake from Tasklist's "Proces starten". */
  static void openStartForm(Page official) {
    official.getByText("Proces starten").click();
    official.getByText("Actueel thema: intake en afweging").click();
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel")).waitFor();
  }

  /** Fills the open start form with a complete topic for Wonen that the framework takes up. */
  static void fillStartForm(Page official, String title) {
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel")).fill(title);
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Omschrijving"))
        .fill("Netbeheerders wijzen nieuwe aansluitingen af.");
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Gemeente")).fill("Ameland");
    choose(official, "Wie legt het thema voor?", "Lidgemeente");
    choose(official, "Thema van de K80-agenda", "Wonen");
    official.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ja, kleine gemeenten specifiek of harder")).check();
    official.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("De meeste leden")).check();
    official.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nee").setExact(true)).check();
    official.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Lobby")).check();
  }

  /** Starts the process from the filled start form and waits until the dialog has closed. */
  static void startFromForm(Page official) {
    official.locator(".modal-footer").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Starten"))
        .click();
    official.locator(".modal-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
  }

  static void openTask(Page page, String filter, String taskNameStart) {
    // Not an exact match: a selected filter shows its task count after its name.
    page.getByText(filter).first().click();
    page.locator(".tasks-list").getByText(taskNameStart).first().click();
    page.locator(".fjs-container").waitFor();
  }

  /**
   * Opens a group task to work on it, as its user would: claims it (Tasklist keeps the form
   * read-only until then) and checks the form for accessibility.
   */
  static void openToWork(Page page, String filter, String taskNameStart, String form) {
    openTask(page, filter, taskNameStart);
    claim(page);
    assertThat(Browser.accessibilityProblems(page, ".fjs-container")).as(form).isEmpty();
  }

  static void claim(Page page) {
    Locator claim = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oppakken").setExact(true));
    claim.click();
    claim.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
  }

  @Test
  void anOfficialSubmitsTheSecretariatScreensAndThePortfolioHolderFindsTheTopic() {
    Page official = browser.loggedIn("ambtenaar", "tasklist");
    // Tasklist speaks Dutch to a Dutch browser, and offers no standalone task an official could not create.
    assertThat(official.getByText("Kies een taak in de lijst.")).isVisible();
    assertThat(official.locator(".create-task-action")).isHidden();
    openStartForm(official);
    assertThat(Browser.accessibilityProblems(official, ".fjs-container")).as("start form").isEmpty();
    // The check itself sees a violation: an unlabelled field planted in the form, then removed.
    official.evaluate("document.querySelector('.fjs-container').insertAdjacentHTML('beforeend', "
        + "'<input id=\"k80-unlabelled\" type=\"text\">')");
    assertThat(Browser.accessibilityProblems(official, ".fjs-container")).anyMatch(problem -> problem.startsWith("label"));
    official.evaluate("document.getElementById('k80-unlabelled').remove()");
    official.locator(".modal-footer").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Starten"))
        .click();
    Locator titleField = official.locator(".fjs-form-field").filter(new Locator.FilterOptions()
        .setHas(official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel"))));
    assertThat(titleField.locator(".fjs-form-field-error")).isVisible();
    Browser.screenshot(official, "1a-aanmelden-validatie");

    // The date picker offers no day before today for the deadline; the server refuses one anyway.
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Uiterste datum om nog invloed te hebben"))
        .click();
    official.locator(".flatpickr-calendar.open").waitFor();
    // Days before today that may be picked, and whether today may be (a day's dateObj is flatpickr's).
    assertThat(official.evaluate("() => { const today = new Date(); today.setHours(0, 0, 0, 0);"
        + " const days = [...document.querySelectorAll('.flatpickr-calendar.open .flatpickr-day')];"
        + " const open = day => !day.classList.contains('flatpickr-disabled');"
        + " return [days.filter(day => day.dateObj < today && open(day)).length,"
        + "   days.some(day => day.dateObj.getTime() === today.getTime() && open(day))]; }"))
        .isEqualTo(List.of(0, true));
    // Closed by a click elsewhere: Escape would close the start form's dialog too.
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel")).click();
    official.locator(".flatpickr-calendar.open").waitFor(new Locator.WaitForOptions()
        .setState(WaitForSelectorState.DETACHED));
    fillStartForm(official, "Netcongestie in kleine kernen");
    Browser.screenshot(official, "1b-aanmelden-ingevuld");
    startFromForm(official);
    Browser.screenshot(official, "1c-aangemeld");

    ProcessInstance topic = runtimeService.createProcessInstanceQuery().processDefinitionKey("topicIntake")
        .variableValueEquals("title", "Netcongestie in kleine kernen").singleResult();
    String reference = topic.getBusinessKey();
    assertThat(runtimeService.getVariable(topic.getId(), "submitter")).isEqualTo("ambtenaar");

    Page secretary = browser.loggedIn("secretaris", "tasklist");
    openToWork(secretary, "Te screenen", "Screenen " + reference, "screening form");
    assertThat(secretary.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel")).first())
        .hasValue("Netcongestie in kleine kernen");
    secretary.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Compleet: nu afwegen")).check();
    Browser.screenshot(secretary, "2-screenen");
    secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voltooien")).click();
    secretary.locator(".tasks-list").getByText("Screenen " + reference).waitFor(new Locator.WaitForOptions()
        .setState(WaitForSelectorState.DETACHED));
    assertThat(runtimeService.getVariable(topic.getId(), "finalDecision")).isEqualTo("OPPAKKEN");

    Page wonen = browser.loggedIn("ph-wonen", "tasklist");
    openTask(wonen, "Taken van mijn groepen", "Plan van aanpak " + reference);
    assertThat(wonen.locator(".fjs-container")).containsText("Besluit afwegingskader");
    assertThat(Browser.accessibilityProblems(wonen, ".fjs-container")).as("plan form").isEmpty();
    assertThat(wonen.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Motivering")).first())
        .hasValue(java.util.regex.Pattern.compile("^Oppakken: .*"));
    Browser.screenshot(wonen, "3a-portefeuillehouder-wonen");

    Page financien = browser.loggedIn("ph-financien", "tasklist");
    financien.getByText("Taken van mijn groepen").first().click();
    // The list has loaded, and it is empty: the Wonen topic is not offered to Financiën.
    financien.getByText("Geen taken bij dit filter").waitFor();
    assertThat(financien.locator(".tasks-list")).not().containsText(reference);
    Browser.screenshot(financien, "3b-portefeuillehouder-financien");

    Page cockpit = browser.loggedIn("voorzitter", "cockpit");
    String decisionInstance = historyService.createHistoricDecisionInstanceQuery().processInstanceId(topic.getId())
        .decisionDefinitionKey("topicAssessment").singleResult().getId();
    cockpit.navigate(browser.url("/camunda/app/cockpit/default/#/decision-instance/" + decisionInstance));
    assertThat(cockpit.locator("body")).containsText("Relevantiescore");
    assertThat(cockpit.locator("body")).containsText("OPPAKKEN");
    // Cockpit in Dutch too: the tabs of the decision's inputs and outputs.
    assertThat(cockpit.getByText("Invoer", new Page.GetByTextOptions().setExact(true))).isVisible();
    assertThat(cockpit.getByText("Uitvoer", new Page.GetByTextOptions().setExact(true))).isVisible();
    Browser.screenshot(cockpit, "4-cockpit-besluit");
  }

  @Test
  void theBoardDecidesATopicPutBeforeIt() {
    HttpApi official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    Map<String, Object> values = IntakeHttpTest.topic();
    values.put("title", "Europese regels voor kleine zuiveringen");
    values.put("theme", "OVERIG");
    String instance = official.post(IntakeHttpTest.SUBMIT, IntakeHttpTest.form(values)).json().get("id").asText();
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();
    String screening = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    HttpApi.basic(port, "secretaris", "secretaris").post("/engine-rest/task/" + screening + "/submit-form",
        IntakeHttpTest.form(Map.of("screeningOutcome", "COMPLEET")));
    assertThat(runtimeService.getVariable(instance, "decision")).isEqualTo("VOORLEGGEN_DB");

    Page board = browser.loggedIn("voorzitter", "tasklist");
    openToWork(board, "Voor het Dagelijks Bestuur", "Besluit DB " + reference, "board form");
    choose(board, "Besluit van het Dagelijks Bestuur", "Aansluiten bij een partner");
    board.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Motivering van het Dagelijks Bestuur"))
        .fill("De VNG trekt dit; K80 sluit aan.");
    choose(board, "Andere portefeuille (optioneel)", "Landelijk gebied");
    Browser.screenshot(board, "5-besluit-db");
    board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voltooien")).click();
    board.locator(".tasks-list").getByText("Besluit DB " + reference).waitFor(new Locator.WaitForOptions()
        .setState(WaitForSelectorState.DETACHED));

    assertThat(runtimeService.getVariables(instance)).containsEntry("finalDecision", "AANSLUITEN")
        .containsEntry("decidedBy", "DAGELIJKS_BESTUUR").containsEntry("portfolioGroup", "portefeuille-landelijk-gebied");
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
        .isEqualTo("joinPartner");
  }

  /** Submits and screens over REST, as setup for the browser steps; returns the process instance id. */
  String submittedAndScreened(Map<String, Object> values, String screeningOutcome, Map<String, Object> extra) {
    String instance = HttpApi.basic(port, "ambtenaar", "ambtenaar")
        .post(IntakeHttpTest.SUBMIT, IntakeHttpTest.form(values)).json().get("id").asText();
    Map<String, Object> screening = new java.util.HashMap<>(extra);
    screening.put("screeningOutcome", screeningOutcome);
    completeOverRest("secretaris", instance, screening);
    return instance;
  }

  void completeOverRest(String user, String instance, Map<String, Object> variables) {
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(HttpApi.basic(port, user, user).post("/engine-rest/task/" + task + "/submit-form",
        IntakeHttpTest.form(variables)).status()).isEqualTo(204);
  }

  String reference(String instance) {
    return (String) runtimeService.getVariable(instance, "reference");
  }

  /** Completes the open task; Tasklist then shows no task, whichever filter is selected. */
  static void completeInBrowser(Page page, String screenshot) {
    Browser.screenshot(page, screenshot);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voltooien")).click();
    page.getByText("Kies een taak in de lijst.").waitFor();
  }

  @Test
  void theSubmitterSupplementsAndTheSecretariatReassessesAWatchedTopic() {
    Map<String, Object> values = IntakeHttpTest.topic();
    values.put("title", "Dorpshuizen onder druk");
    String asked = submittedAndScreened(values, "AANVULLEN", Map.of("screeningRemark", "Om hoeveel dorpshuizen gaat het?"));
    Page official = browser.loggedIn("ambtenaar", "tasklist");
    String supplement = "Aanvullen " + reference(asked);
    openTask(official, "Mijn taken", supplement);
    assertThat(official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wat moet de indiener aanvullen?")))
        .hasValue("Om hoeveel dorpshuizen gaat het?");
    assertThat(Browser.accessibilityProblems(official, ".fjs-container")).as("supplement form").isEmpty();
    official.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Omschrijving"))
        .fill("Twaalf dorpshuizen in vier gemeenten sluiten dit jaar.");
    completeInBrowser(official, "6-aanvullen");
    assertThat(taskService.createTaskQuery().processInstanceId(asked).singleResult().getTaskDefinitionKey())
        .isEqualTo("screenTopic");
    assertThat(runtimeService.getVariable(asked, "description")).isEqualTo("Twaalf dorpshuizen in vier gemeenten sluiten dit jaar.");

    Map<String, Object> watched = IntakeHttpTest.topic();
    watched.put("title", "Bibliotheken in kleine kernen");
    watched.put("membersAffected", "ENKELE");
    watched.put("coveredElsewhere", "JA");
    String instance = submittedAndScreened(watched, "COMPLEET", Map.of());
    assertThat(runtimeService.getVariable(instance, "finalDecision")).isEqualTo("VOLGEN");
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult()
        .getId());
    Page secretary = browser.loggedIn("secretaris", "tasklist");
    String reassess = "Opnieuw wegen " + reference(instance);
    openToWork(secretary, "Taken van mijn groepen", reassess, "reassessment form");
    secretary.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("De meeste leden")).check();
    secretary.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nee").setExact(true)).check();
    completeInBrowser(secretary, "7-opnieuw-wegen");
    assertThat(runtimeService.getVariable(instance, "finalDecision")).isEqualTo("OPPAKKEN");
  }

  @Test
  void thePortfolioHolderExecutesOneTopicAndJoinsAPartnerForAnother() {
    Map<String, Object> takenUp = IntakeHttpTest.topic();
    takenUp.put("title", "Starterswoningen");
    String executed = submittedAndScreened(takenUp, "COMPLEET", Map.of());
    completeOverRest("ph-wonen", executed, Map.of("approachPlan", "Samen met provincies een regeling maken."));
    Map<String, Object> covered = IntakeHttpTest.topic();
    covered.put("title", "Woningcorporaties en kleine kernen");
    covered.put("smallMunicipalityImpact", "ALGEMEEN");
    covered.put("coveredElsewhere", "JA");
    String joined = submittedAndScreened(covered, "COMPLEET", Map.of());

    Page wonen = browser.loggedIn("ph-wonen", "tasklist");
    String execute = "Uitvoeren " + reference(executed);
    openToWork(wonen, "Taken van mijn groepen", execute, "execution form");
    wonen.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Resultaat"))
        .fill("De regeling is aangenomen.");
    completeInBrowser(wonen, "8-uitvoeren");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(executed).finished().count())
        .isEqualTo(1);

    String join = "Aansluiten bij partner " + reference(joined);
    openToWork(wonen, "Taken van mijn groepen", join, "join form");
    wonen.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Bij welke partner sluit K80 aan?"))
        .fill("VNG");
    wonen.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Hoe sluit K80 aan?"))
        .fill("In de werkgroep wonen van de VNG.");
    completeInBrowser(wonen, "9-aansluiten");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(joined).finished().count())
        .isEqualTo(1);
  }
}
