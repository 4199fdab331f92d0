package nl.k80.wendbaar.reporting;

import static nl.k80.wendbaar.topic.TopicStatus.AANGESLOTEN;
import static nl.k80.wendbaar.topic.TopicStatus.AFGEROND;
import static nl.k80.wendbaar.topic.TopicStatus.BIJ_BESTUUR;
import static nl.k80.wendbaar.topic.TopicStatus.DUBBEL;
import static nl.k80.wendbaar.topic.TopicStatus.GEVOLGD;
import static nl.k80.wendbaar.topic.TopicStatus.IN_PLANNING;
import static nl.k80.wendbaar.topic.TopicStatus.IN_SCREENING;
import static nl.k80.wendbaar.topic.TopicStatus.IN_UITVOERING;
import static nl.k80.wendbaar.topic.TopicStatus.NIET_OPGEPAKT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.k80.wendbaar.reporting.SemiannualReport.LeadTime;
import nl.k80.wendbaar.reporting.SemiannualReport.TopicLine;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.TestUsers;
import nl.k80.wendbaar.support.MailParts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The semiannual report and the board dashboard on a seeded register whose numbers are worked
 * out by hand below; the report process from its timer to the mail in a real SMTP server. The
 * job executor is off so the test runs the jobs itself.
 */
@DemoAppTest
@TestPropertySource(properties = {"spring.mail.port=3025", "camunda.bpm.job-execution.enabled=false",
    "k80.report.recipients=leden@k80.example"})
class SemiannualReportTest {

  static final LocalDate COMPILED_ON = LocalDate.of(2026, 12, 1);
  static final LocalDate FROM = LocalDate.of(2026, 6, 1);
  static final String DASHBOARD = "/camunda/api/cockpit/plugin/k80-dashboard/default/";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;

  @Autowired JdbcTemplate jdbc;
  @Autowired ReportBuilder builder;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void seed() {
    ClockUtil.setCurrentTime(Date.from(RegisterSeed.at(COMPILED_ON).toInstant()));
    jdbc.update("DELETE FROM k80_topic");
    new RegisterSeed()
        // In the period June to November 2026:
        .closed("K80-2026-0001", "Woningbouw; kleine kernen", "WONEN", "portefeuille-wonen", AFGEROND, "OPPAKKEN",
            "AFWEGINGSKADER", "Zeer relevant.", day(6, 10), day(6, 12), day(7, 22))
        .open("K80-2026-0002", "Huisvesting arbeidsmigranten", "WONEN", "portefeuille-wonen", IN_UITVOERING,
            "OPPAKKEN", day(7, 1), day(7, 5))
        .closed("K80-2026-0003", "Financiën gemeentefonds", "FINANCIEN", "portefeuille-financien", AANGESLOTEN,
            "AANSLUITEN", "AFWEGINGSKADER", "De VNG doet het al.", day(7, 10), day(7, 20), day(8, 19))
        .closed("K80-2026-0004", "Ruimtevaart", "OVERIG", "dagelijks-bestuur", NIET_OPGEPAKT, "NIET_OPPAKKEN",
            "AFWEGINGSKADER", "Buiten de agenda.", day(8, 1), day(8, 3), null)
        .closed("K80-2026-0005", "Jeugdzorg regio", "SOCIAAL_DOMEIN", "portefeuille-sociaal-domein", NIET_OPGEPAKT,
            "NIET_OPPAKKEN", "DAGELIJKS_BESTUUR", "Het DB ziet geen rol.", day(9, 1), day(9, 21), null)
        .open("K80-2026-0006", "Dorpshuizen", "NABIJHEID", "portefeuille-nabijheid", GEVOLGD, "VOLGEN",
            day(9, 15), day(9, 16))
        .open("K80-2026-0007", "<script>alert(1)</script> kernen", "WONEN", null, IN_SCREENING, null, day(10, 1), null)
        .open("K80-2026-0008", "=HYPERLINK(\"https://voorbeeld.invalid\";\"Boerenerven\")", "LANDELIJK_GEBIED", "portefeuille-landelijk-gebied", BIJ_BESTUUR, null,
            day(10, 5), null)
        .closed("K80-2026-0009", "Woningbouw (dubbel)", "WONEN", null, DUBBEL, null, null, null, day(10, 10), null,
            null)
        // Before the period: one still being planned, one declined then.
        .open("K80-2025-0040", "Starterswoningen", "WONEN", "portefeuille-wonen", IN_PLANNING, "OPPAKKEN",
            LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 25))
        .closed("K80-2025-0041", "Precariobelasting", "FINANCIEN", "portefeuille-financien", NIET_OPGEPAKT,
            "NIET_OPPAKKEN", "AFWEGINGSKADER", "Raakt kleine gemeenten niet.", LocalDate.of(2025, 12, 1),
            LocalDate.of(2025, 12, 5), null)
        // After the period: submitted on the day the report is compiled.
        .open("K80-2026-0010", "Glasvezel", "WONEN", null, IN_SCREENING, null, COMPILED_ON, null)
        .insertInto(jdbc);
  }

  @AfterEach
  void resetClockAndReports() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey("semiannualReport").list()
        .forEach(report -> runtimeService.deleteProcessInstance(report.getId(), "test"));
  }

  Job reportTimer() {
    return managementService.createJobQuery().processDefinitionKey("semiannualReport").timers().singleResult();
  }

  static LocalDateTime dueDate(Job timer) {
    return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void theReportCountsTheTopicsOfThePeriodPerThemeAndOutcome() {
    SemiannualReport report = builder.compile(FROM, COMPILED_ON);
    assertThat(report.submitted()).isEqualTo(9);
    Map<String, Map<String, Integer>> perTheme = new java.util.HashMap<>();
    report.perTheme().forEach(row -> perTheme.put(row.theme(), row.perOutcome()));
    assertThat(perTheme.get("WONEN")).containsEntry("OPPAKKEN", 2).containsEntry("OPEN", 1).containsEntry("GESLOTEN", 1)
        .containsEntry("VOLGEN", 0);
    assertThat(perTheme.get("FINANCIEN")).containsEntry("AANSLUITEN", 1).containsEntry("NIET_OPPAKKEN", 0);
    assertThat(perTheme.get("OVERIG")).containsEntry("NIET_OPPAKKEN", 1);
    assertThat(perTheme.get("SOCIAAL_DOMEIN")).containsEntry("NIET_OPPAKKEN", 1);
    assertThat(perTheme.get("NABIJHEID")).containsEntry("VOLGEN", 1);
    assertThat(perTheme.get("LANDELIJK_GEBIED")).containsEntry("OPEN", 1);
    assertThat(perTheme.get("WERKGEVERSCHAP").values()).containsOnly(0);
    assertThat(report.perTheme()).extracting(SemiannualReport.ThemeRow::total)
        .containsExactly(1, 0, 4, 1, 1, 1, 0, 1);
  }

  @Test
  void theReportTellsWhatWasTakenUpWhatWasDeclinedAndWhatWaitsLongest() {
    SemiannualReport report = builder.compile(FROM, COMPILED_ON);
    assertThat(report.takenUp()).extracting(TopicLine::reference)
        .containsExactly("K80-2025-0040", "K80-2026-0001", "K80-2026-0002", "K80-2026-0003");
    assertThat(report.takenUp()).extracting(TopicLine::status)
        .containsExactly("Plan van aanpak", "Afgerond", "In uitvoering", "Aangesloten bij partner");
    assertThat(report.declined()).extracting(TopicLine::reference, TopicLine::motivation, TopicLine::decidedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("K80-2026-0004", "Buiten de agenda.", "Afwegingskader"),
            org.assertj.core.groups.Tuple.tuple("K80-2026-0005", "Het DB ziet geen rol.", "Dagelijks Bestuur"));
    // First decisions in the period after 2, 4, 10, 2, 20 and 1 days; completions after 40 and 30.
    assertThat(report.toDecision()).isEqualTo(new LeadTime(3.0, 6));
    assertThat(report.toCompletion()).isEqualTo(new LeadTime(35.0, 2));
    assertThat(report.longestWaiting()).extracting(TopicLine::reference).containsExactly("K80-2025-0040",
        "K80-2026-0002", "K80-2026-0006", "K80-2026-0007", "K80-2026-0008", "K80-2026-0010");
    assertThat(report.longestWaiting().get(0).daysOpen()).isEqualTo(376);
    assertThat(report.openPerStatus()).containsExactly(Map.entry("IN_SCREENING", 2), Map.entry("BIJ_BESTUUR", 1),
        Map.entry("IN_PLANNING", 1), Map.entry("IN_UITVOERING", 1), Map.entry("GEVOLGD", 1));
  }

  @Test
  void theCsvOpensInADutchExcel() {
    byte[] csv = builder.csv(FROM, COMPILED_ON);
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("Kenmerk;Titel;Thema;Portefeuille;Status;Besloten door;Motivering;"
        + "Aangemeld op;Besloten op;Afgerond op;Versie afwegingskader");
    assertThat(lines.get(1)).isEqualTo("K80-2026-0001;\"Woningbouw; kleine kernen\";Wonen;Portefeuille Wonen;"
        + "Afgerond;Afwegingskader;Zeer relevant.;10-06-2026;12-06-2026;22-07-2026;1");
    assertThat(lines.get(3)).startsWith("K80-2026-0003;Financiën gemeentefonds;Financiën;");
    // An official's title that Excel would run as a formula is shown as the text it is.
    assertThat(lines.get(8)).startsWith("K80-2026-0008;\"'=HYPERLINK(\"\"https://voorbeeld.invalid\"\";"
        + "\"\"Boerenerven\"\")\";Landelijk gebied;");
    assertThat(Stream.of("=1+1", "+31 6", "-2", "@SOM(A1)", "\tx", "\rx").map(ReportBuilder::written))
        .allMatch(cell -> cell.startsWith("'"));
    assertThat(ReportBuilder.written("Woningbouw - kleine kernen")).isEqualTo("Woningbouw - kleine kernen");
  }

  @Test
  void theTimerStartsTheReportOnTheFirstWorkingDayOfJuneAndDecember() {
    LocalDateTime due = dueDate(reportTimer());
    assertThat(due).isEqualTo(firstWorkingDayOfJuneOrDecemberAfter(due.minusMinutes(1)));

    // 1 December 2029 is a Saturday: the report then comes on Monday the 3rd.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2029, 6, 1, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    managementService.executeJob(reportTimer().getId());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("semiannualReport").count()).isOne();
    assertThat(dueDate(reportTimer())).isEqualTo(LocalDateTime.of(2029, 12, 3, 8, 0));
  }

  @Test
  void theSecretariatReviewsTheReportAndTheBoardAndMembersReceiveIt() throws Exception {
    // As the README tells an administrator to compile a report now: run the timer's job over REST.
    assertThat(HttpApi.basic(port, "admin", "admin").post("/engine-rest/job/" + reportTimer().getId() + "/execute", "")
        .status()).isEqualTo(204);
    ProcessInstance report = runtimeService.createProcessInstanceQuery().processDefinitionKey("semiannualReport")
        .singleResult();
    assertThat(dueDate(reportTimer())).as("the next report is scheduled").isEqualTo(LocalDateTime.of(2027, 6, 1, 8, 0));

    Task review = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
    assertThat(review.getName()).isEqualTo("Halfjaarrapportage controleren: juni 2026 t/m november 2026");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("secretariaat").count()).isOne();
    assertThat((String) runtimeService.getVariable(report.getId(), "reportSummary"))
        .contains("Aangemeld in de periode: 9", "Oppakken: 2", "Niet oppakken: 2",
            "aanmelding tot besluit (mediaan): 3 dagen (6 thema's)", "besluit tot afronding (mediaan): 35 dagen",
            "Langst wachtend: K80-2025-0040 (376 dagen)");

    HttpApi secretaris = HttpApi.basic(port, "secretaris", "secretaris");
    String submit = "/engine-rest/task/" + review.getId() + "/submit-form";
    HttpApi.Response tooLong = secretaris.post(submit,
        Map.of("variables", Map.of("reportRemark", Map.of("value", "x".repeat(2001)))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("reportRemark");
    assertThat(secretaris.post(submit, Map.of("variables",
        Map.of("reportRemark", Map.of("value", "Let op de wachtende woonthema's."))))).extracting(HttpApi.Response::status)
        .isEqualTo(204);

    assertThat(smtp.getReceivedMessages()).as("sent only after the review has committed").isEmpty();
    Job send = managementService.createJobQuery().processInstanceId(report.getId()).singleResult();
    managementService.executeJob(send.getId());

    MimeMessage mail = smtp.getReceivedMessages()[0];
    // GreenMail keeps a copy per recipient: one per board member and one for the members' list in Bcc.
    assertThat(smtp.getReceivedMessages()).hasSize(boardAddresses().size() + 1)
        .allSatisfy(copy -> assertThat(copy.getMessageID()).isEqualTo(mail.getMessageID()));
    assertThat(mail.getSubject()).isEqualTo("K80 halfjaarrapportage juni 2026 t/m november 2026");
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .as("the board in To; the members' list got a copy in Bcc").containsExactlyInAnyOrderElementsOf(boardAddresses());
    String html = MailParts.part(mail, "text/html");
    assertThat(html).contains("Let op de wachtende woonthema&#39;s.", "Buiten de agenda.", "Het DB ziet geen rol.",
        "&lt;script&gt;alert(1)&lt;/script&gt; kernen").doesNotContain("<script>");
    assertThat(MailParts.part(mail, "text/plain")).contains("K80-2026-0004 Ruimtevaart: Buiten de agenda.",
        "Van aanmelding tot besluit: 3 dagen (6 thema's)");
    BodyPart csv = MailParts.find(mail, "text/csv");
    assertThat(csv.getFileName()).isEqualTo("k80-rapportage-2026-06-01-2026-11-30.csv");
    byte[] bytes = csv.getInputStream().readAllBytes();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("K80-2026-0009;Woningbouw (dubbel)");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(report.getId()).count()).isZero();
  }

  @Test
  void theDashboardShowsDecisionsLoadAndLeadTimesToTheBoardAndTheSecretariat() {
    for (String user : List.of("voorzitter", "secretaris", "admin")) {
      HttpApi.Response response = HttpApi.webappSession(port, user, user, "cockpit").get(DASHBOARD + "dashboard");
      assertThat(response.status()).as(user).isEqualTo(200);
    }
    JsonNode data = HttpApi.webappSession(port, "voorzitter", "voorzitter", "cockpit").get(DASHBOARD + "dashboard").json();
    JsonNode wonen = findBy(data.get("decisionsPerTheme"), "theme", "WONEN");
    assertThat(wonen.get("total").asInt()).isEqualTo(6);
    assertThat(wonen.get("perOutcome").get("OPPAKKEN").asInt()).isEqualTo(3);
    assertThat(data.get("portfolios")).hasSize(8);
    JsonNode portfolio = findBy(data.get("portfolios"), "group", "portefeuille-wonen");
    assertThat(portfolio.get("active").asInt()).isEqualTo(2);
    assertThat(portfolio.get("capacity").asInt()).isEqualTo(3);
    assertThat(data.get("leadTimes").findValuesAsText("topics")).containsExactly("6", "1", "1", "0", "0", "0");
    assertThat(data.get("leadTimes").get(0).get("label").asText()).isEqualTo("0–7 dagen");

    HttpApi secretariat = HttpApi.webappSession(port, "secretaris", "secretaris", "cockpit");
    JsonNode found = secretariat.get(DASHBOARD + "topics?q=k80-2025").json();
    assertThat(found.findValuesAsText("reference")).containsExactly("K80-2025-0041", "K80-2025-0040");
    assertThat(found.get(1).get("processInstanceId").asText()).isEqualTo("pi-K80-2025-0040");
    // PostgreSQL cannot search for a NUL (500); a search is text.
    HttpApi.Response unprintable = secretariat.get(DASHBOARD + "topics?q=k80%00");
    assertThat(unprintable.status()).isEqualTo(400);
    assertThat(unprintable.json().get("message").asText()).contains("stuurtekens");
  }

  @Test
  void theDashboardRefusesOfficialsAndPortfolioHolders() {
    TestUsers.create(identityService, "alleen-wonen", "portefeuille-wonen");
    try {
      for (String user : List.of("ambtenaar", "alleen-wonen")) {
        HttpApi session = HttpApi.webappSession(port, user, user.equals("ambtenaar") ? user : TestUsers.PASSWORD,
            "tasklist");
        assertThat(session.get(DASHBOARD + "dashboard").status()).as(user).isEqualTo(403);
        assertThat(session.get(DASHBOARD + "topics?q=").status()).as(user).isEqualTo(403);
      }
      assertThat(HttpApi.anonymous(port).get(DASHBOARD + "dashboard").status()).isIn(401, 403);
      assertThat(HttpApi.basic(port, "voorzitter", "voorzitter").get(DASHBOARD + "dashboard").status())
          .as("the dashboard belongs to the Cockpit session, not to HTTP Basic").isIn(401, 403);
    } finally {
      identityService.deleteUser("alleen-wonen");
    }
  }

  private List<String> boardAddresses() {
    return identityService.createUserQuery().memberOfGroup("dagelijks-bestuur").list().stream().map(User::getEmail)
        .toList();
  }

  private static JsonNode findBy(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (node.get(field).asText().equals(value)) {
        return node;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  /** 08:00 on the 1st of June or December, or the Monday after when the 1st falls in a weekend. */
  static LocalDateTime firstWorkingDayOfJuneOrDecemberAfter(LocalDateTime now) {
    for (LocalDate month = now.toLocalDate().withDayOfMonth(1); ; month = month.plusMonths(1)) {
      if (month.getMonthValue() != 6 && month.getMonthValue() != 12) {
        continue;
      }
      LocalDate day = month;
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      LocalDateTime due = day.atTime(8, 0);
      if (due.isAfter(now)) {
        return due;
      }
    }
  }
}
