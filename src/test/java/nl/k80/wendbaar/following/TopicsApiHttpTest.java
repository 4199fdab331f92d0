package nl.k80.wendbaar.following;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The topics API over real HTTP, as a member's portal or the K80 website would call it, as each
 * role: an official's own topics and nobody else's, every topic past screening for every
 * logged-in user, never a submitter's identity, 401 without credentials, 400 naming a bad parameter.
 */
@DemoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicsApiHttpTest {

  /** Every field an item may carry (contract, "Following topics"); remark and taskId only in mine. */
  static final Set<String> FIELDS = Set.of("reference", "title", "theme", "municipality", "source", "status",
      "statusLabel", "submittedAt", "decision", "motivation", "decidedBy", "boardMotivation", "portfolioGroup",
      "decidedAt", "reassessAt", "completedAt", "assessmentVersion");
  static final String OTHER_OFFICIAL = "ambtenaar-twee";

  @LocalServerPort
  int port;

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  /** Makes every title of this class findable apart from other classes' topics in the same database. */
  final String marker = "Volgtest " + UUID.randomUUID().toString().substring(0, 8);
  String declined;
  String supplementAsked;
  String takenUp;
  String watchedByTheBoard;
  String duplicate;
  String inScreening;
  String othersTopic;

  @BeforeAll
  void topicsOfTwoOfficials() {
    TestUsers.create(identityService, OTHER_OFFICIAL, "ambtenaren");
    declined = submit("ambtenaar", "Afvalinzameling", Map.of("smallMunicipalityImpact", "NIET"));
    complete(declined, Map.of("screeningOutcome", "COMPLEET"));
    supplementAsked = submit("ambtenaar", "Dorpshuizen", Map.of());
    complete(supplementAsked, Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Om hoeveel dorpshuizen gaat het?"));
    takenUp = submit("ambtenaar", "Starterswoningen", Map.of());
    complete(takenUp, Map.of("screeningOutcome", "COMPLEET"));
    watchedByTheBoard = submit("ambtenaar", "Europese zuiveringsregels", Map.of("theme", "OVERIG"));
    complete(watchedByTheBoard, Map.of("screeningOutcome", "COMPLEET"));
    complete(watchedByTheBoard, Map.of("boardDecision", "VOLGEN", "boardMotivation", "Eerst de VNG afwachten.",
        "boardPortfolioGroup", "portefeuille-landelijk-gebied"));
    duplicate = submit("ambtenaar", "Starterswoningen nogmaals", Map.of());
    complete(duplicate, Map.of("screeningOutcome", "DUPLICAAT", "duplicateOf", takenUp));
    inScreening = submit("ambtenaar", "Glasvezel", Map.of());
    othersTopic = submit(OTHER_OFFICIAL, "Zwembaden", Map.of());
    complete(othersTopic, Map.of("screeningOutcome", "COMPLEET"));
  }

  String submit(String official, String title, Map<String, Object> changes) {
    Map<String, Object> values = topic();
    values.put("title", marker + " " + title);
    values.putAll(changes);
    HttpApi.Response response = as(official).post(SUBMIT, form(values));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("businessKey").asText();
  }

  void complete(String reference, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        variables);
  }

  HttpApi as(String user) {
    return HttpApi.basic(port, user, user.equals(OTHER_OFFICIAL) ? TestUsers.PASSWORD : user);
  }

  static List<JsonNode> items(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  static List<String> references(JsonNode array) {
    return items(array).stream().map(item -> item.get("reference").asText()).toList();
  }

  static JsonNode item(JsonNode array, String reference) {
    return items(array).stream().filter(item -> item.get("reference").asText().equals(reference)).findFirst()
        .orElseThrow(() -> new AssertionError(reference + " not in " + array));
  }

  /** The list of topics past screening with this class's marker, as one page of up to 100. */
  JsonNode passedScreening(String user, String filters) {
    HttpApi.Response response = as(user).get("/api/topics?size=100&q=" + HttpApi.encode(marker) + filters);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void anOfficialFollowsTheirOwnTopicsNewestFirstWithEveryStatus() {
    JsonNode mine = as("ambtenaar").get("/api/topics/mine").json();
    assertThat(references(mine)).containsSubsequence(inScreening, duplicate, watchedByTheBoard, takenUp,
        supplementAsked, declined).doesNotContain(othersTopic);

    JsonNode asked = item(mine, supplementAsked);
    assertThat(asked.get("status").asText()).isEqualTo("AANVULLEN_GEVRAAGD");
    assertThat(asked.get("statusLabel").asText()).isEqualTo("Aanvulling gevraagd");
    assertThat(asked.get("remark").asText()).isEqualTo("Om hoeveel dorpshuizen gaat het?");
    assertThat(asked.get("taskId").asText()).isEqualTo(taskService.createTaskQuery()
        .processInstanceBusinessKey(supplementAsked).singleResult().getId());
    assertThat(asked.get("decision").isNull()).isTrue();

    JsonNode planned = item(mine, takenUp);
    int newestAssessment = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("topicAssessment")
        .latestVersion().singleResult().getVersion();
    assertThat(planned.get("status").asText()).isEqualTo("IN_PLANNING");
    assertThat(planned.get("decision").asText()).isEqualTo("OPPAKKEN");
    assertThat(planned.get("decidedBy").asText()).isEqualTo("AFWEGINGSKADER");
    assertThat(planned.get("motivation").asText()).startsWith("Oppakken: ");
    assertThat(planned.get("boardMotivation").isNull()).isTrue();
    assertThat(planned.get("portfolioGroup").asText()).isEqualTo("portefeuille-wonen");
    assertThat(planned.get("assessmentVersion").asInt()).isEqualTo(newestAssessment);
    assertThat(planned.has("taskId")).as("the plan waits for the portfolio, not for the official").isFalse();
    assertThat(Duration.between(OffsetDateTime.parse(planned.get("submittedAt").asText()),
        OffsetDateTime.parse(planned.get("decidedAt").asText()))).isBetween(Duration.ZERO, Duration.ofMinutes(5));

    JsonNode watched = item(mine, watchedByTheBoard);
    assertThat(watched.get("status").asText()).isEqualTo("GEVOLGD");
    assertThat(watched.get("decision").asText()).isEqualTo("VOLGEN");
    assertThat(watched.get("decidedBy").asText()).isEqualTo("DAGELIJKS_BESTUUR");
    assertThat(watched.get("boardMotivation").asText()).isEqualTo("Eerst de VNG afwachten.");
    assertThat(watched.get("motivation").asText()).as("the framework's advice to the board")
        .startsWith("Voorleggen aan het Dagelijks Bestuur");
    assertThat(watched.get("portfolioGroup").asText()).isEqualTo("portefeuille-landelijk-gebied");
    assertThat(OffsetDateTime.parse(watched.get("reassessAt").asText()))
        .isBetween(OffsetDateTime.now().plusMonths(3).minusDays(1), OffsetDateTime.now().plusMonths(3).plusDays(1));

    assertThat(item(mine, duplicate).get("status").asText()).isEqualTo("DUBBEL");
    assertThat(item(mine, inScreening).get("status").asText()).isEqualTo("IN_SCREENING");
    assertThat(item(mine, declined).get("status").asText()).isEqualTo("NIET_OPGEPAKT");
    assertThat(item(mine, declined).get("completedAt").isNull()).isTrue();
    for (JsonNode topic : items(mine)) {
      List<String> fields = new ArrayList<>();
      topic.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(topic.toString()).isSubsetOf(union(FIELDS, Set.of("remark", "taskId")));
    }
  }

  @Test
  void anotherOfficialSeesOnlyTheirOwnTopicAmongTheirs() {
    assertThat(references(as(OTHER_OFFICIAL).get("/api/topics/mine").json())).containsExactly(othersTopic);
    assertThat(as("secretaris").get("/api/topics/mine").json()).isEmpty();
  }

  @ParameterizedTest(name = "as {0}")
  @ValueSource(strings = {"ambtenaar", OTHER_OFFICIAL, "secretaris", "voorzitter", "ph-wonen", "admin"})
  void everyLoggedInUserSeesEveryTopicPastScreeningAndNobodysIdentity(String user) {
    JsonNode page = passedScreening(user, "");
    assertThat(references(page.get("items"))).containsExactlyInAnyOrder(declined, takenUp, watchedByTheBoard,
        othersTopic);
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(100);
    for (JsonNode topic : items(page.get("items"))) {
      List<String> fields = new ArrayList<>();
      topic.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(topic.toString()).isSubsetOf(FIELDS);
      assertThat(topic.toString()).doesNotContain("ambtenaar").doesNotContain("@");
    }
    JsonNode others = item(page.get("items"), othersTopic);
    assertThat(others.get("municipality").asText()).isEqualTo("Ameland");
    assertThat(others.get("theme").asText()).isEqualTo("WONEN");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({"theme, OVERIG, 1", "status, GEVOLGD, 1", "status, IN_PLANNING, 2", "decision, NIET_OPPAKKEN, 1",
      "decision, OPPAKKEN, 2", "q, zwemBAD, 1"})
  void filtersNarrowTheList(String parameter, String value, int expected) {
    // A search is narrowed to this class's topics by searching for the marker with the words.
    JsonNode page = parameter.equals("q")
        ? as("ambtenaar").get("/api/topics?q=" + HttpApi.encode(marker.toUpperCase() + " " + value)).json()
        : passedScreening("ambtenaar", "&" + parameter + "=" + value);
    assertThat(page.get("total").asInt()).isEqualTo(expected);
    assertThat(page.get("items")).hasSize(expected);
    for (JsonNode topic : items(page.get("items"))) {
      String field = switch (parameter) {
        case "q" -> "title";
        default -> parameter;
      };
      assertThat(topic.get(field).asText().toLowerCase()).contains(value.toLowerCase());
    }
  }

  @Test
  void theSearchFindsAReferenceInAnyCaseAndThePagesAddUp() {
    JsonNode found = as("voorzitter").get("/api/topics?q=" + takenUp.toLowerCase()).json();
    assertThat(references(found.get("items"))).containsExactly(takenUp);
    // A search for a percent sign is a search for a percent sign, not a wildcard.
    assertThat(as("voorzitter").get("/api/topics?q=%25").json().get("total").asInt()).isZero();

    List<String> paged = new ArrayList<>();
    for (int number = 0; number < 3; number++) {
      JsonNode page = as("voorzitter").get("/api/topics?size=2&page=" + number + "&q=" + HttpApi.encode(marker)).json();
      assertThat(page.get("page").asInt()).isEqualTo(number);
      assertThat(page.get("total").asInt()).isEqualTo(4);
      paged.addAll(references(page.get("items")));
    }
    assertThat(paged).containsExactly(othersTopic, watchedByTheBoard, takenUp, declined);
    assertThat(as("voorzitter").get("/api/topics").json().get("size").asInt()).as("default size").isEqualTo(20);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({"size, 0", "size, 101", "size, twintig", "page, -1", "page, 1.5", "theme, GROEN", "status, IN_SCREENING",
      "status, AANVULLEN_GEVRAAGD", "status, onbekend", "decision, MISSCHIEN"})
  void aBadParameterIsRefusedNamingIt(String parameter, String value) {
    HttpApi.Response response = as("ambtenaar").get("/api/topics?" + parameter + "=" + HttpApi.encode(value));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("parameter").asText()).isEqualTo(parameter);
    assertThat(response.json().get("detail").asText()).contains(parameter);
  }

  @Test
  void withoutValidCredentialsTheApiAnswers401AndItOnlyReads() {
    for (String path : List.of("/api/topics", "/api/topics/mine", "/api/topics/labels")) {
      assertThat(HttpApi.anonymous(port).get(path).status()).as(path).isEqualTo(401);
      assertThat(HttpApi.basic(port, "ambtenaar", "fout").get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(as("admin").post("/api/topics", Map.of()).status()).isEqualTo(403);
    assertThat(as("admin").delete("/api/topics/mine").status()).isEqualTo(403);
  }

  @Test
  void theWebappSessionOpensTheApiUntilLogout() {
    HttpApi tasklist = HttpApi.webappSession(port, "ambtenaar", "ambtenaar", "tasklist");
    HttpApi.Response mine = tasklist.get("/api/topics/mine");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(references(mine.json())).contains(supplementAsked).doesNotContain(othersTopic);
    // The session stays Camunda's: a new session id would log out Tasklist's requests made meanwhile.
    assertThat(mine.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(tasklist.post("/camunda/api/admin/auth/user/default/logout", "").status()).isEqualTo(200);
    assertThat(tasklist.get("/api/topics/mine").status()).isEqualTo(401);
  }

  @Test
  void theLabelsNameEveryCodeInDutch() {
    JsonNode labels = as("ambtenaar").get("/api/topics/labels").json();
    assertThat(labels.get("statuses").get("AANVULLEN_GEVRAAGD").asText()).isEqualTo("Aanvulling gevraagd");
    assertThat(labels.get("decisions").size()).isEqualTo(5);
    assertThat(labels.get("deciders").get("DAGELIJKS_BESTUUR").asText()).isEqualTo("Dagelijks Bestuur");
    assertThat(labels.get("portfolios").get("portefeuille-financien").asText()).isEqualTo("Portefeuille Financiën");
    assertThat(labels.get("themes").size()).isEqualTo(8);
  }

  static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return all;
  }
}
