package nl.k80.wendbaar.sso;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.k80.wendbaar.identity.AdminProperties;
import nl.k80.wendbaar.support.Eventually;
import nl.k80.wendbaar.support.RunningApp;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Login with the municipality's own account against a real OpenID Connect provider in this process
 * (mock-oauth2-server, with its login page), over real HTTP as a browser and a portal do it: the
 * webapps log in through the provider, the user record and groups follow the token, a token
 * without a K80 group gets the page that says whom to ask, the webapps' password login is closed,
 * logging out goes to the provider, and the REST API takes the provider's access tokens: valid
 * ones as the user they name, expired, foreign and misaddressed ones never.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SingleSignOnHttpTest {

  static final String ISSUER = "k80";
  static final String CLIENT = "k80-wendbaar";
  static final ObjectMapper JSON = new ObjectMapper();

  MockOAuth2Server provider;
  GreenMail smtp;
  RunningApp app;

  @BeforeAll
  void start() {
    provider = new MockOAuth2Server(new OAuth2Config(true));
    provider.start();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    app = RunningApp.start("demo", Map.of(
        "spring.datasource.url", "jdbc:h2:mem:sso-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(smtp.getSmtp().getPort()),
        "k80.oidc.issuer-uri", provider.issuerUrl(ISSUER).toString(),
        "k80.oidc.client-id", CLIENT,
        "k80.oidc.client-secret", "geheim-voor-de-test"));
  }

  @AfterAll
  void stop() {
    app.close();
    smtp.stop();
    provider.shutdown();
  }

  String base() {
    return "http://localhost:" + app.port();
  }

  /** Claims as a municipality's provider gives them. */
  static Map<String, Object> person(String id, String given, String family, List<String> groups) {
    return Map.of("preferred_username", id, "given_name", given, "family_name", family,
        "email", id + "@gemeente.example", "groups", groups);
  }

  String token(Map<String, Object> claims) {
    return provider.issueToken(ISSUER, (String) claims.get("preferred_username"), CLIENT, claims, 3600).serialize();
  }

  HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A browser: cookies, redirects followed, the provider's login form filled in as a person does. */
  static final class Browser {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.ALWAYS).build();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").GET()
          .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a page of the app; on the provider's login page, logs in with these claims. */
    HttpResponse<String> logIn(String url, Map<String, Object> claims) throws Exception {
      HttpResponse<String> loginPage = get(url);
      assertThat(loginPage.uri().toString()).as("the provider's login page").contains("/authorize");
      String form = "username=" + enc((String) claims.get("preferred_username")) + "&claims="
          + enc(JSON.writeValueAsString(claims));
      return client.send(HttpRequest.newBuilder(loginPage.uri())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  @Test
  void anOfficialLogsInThroughTheProviderAndCamundaKnowsThemWithTheirGroupAndAddress() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> tasklist = browser.logIn(base() + "/camunda/app/tasklist/default/",
        person("j.jansen@ameland.nl", "Joke", "Jansen", List.of("ambtenaren", "onbekende-groep")));
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.uri().getPath()).startsWith("/camunda/app/");
    assertThat(browser.get(base() + "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    JsonNode who = JSON.readTree(browser.get(base() + "/camunda/api/admin/auth/user/default").body());
    assertThat(who.get("userId").asText()).isEqualTo("j.jansen@ameland.nl");
    assertThat(who.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");

    IdentityService identity = app.engine().getIdentityService();
    User user = identity.createUserQuery().userId("j.jansen@ameland.nl").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Joke");
    assertThat(user.getLastName()).isEqualTo("Jansen");
    assertThat(user.getEmail()).isEqualTo("j.jansen@ameland.nl@gemeente.example");
    assertThat(identity.createGroupQuery().groupMember("j.jansen@ameland.nl").list()).extracting(Group::getId)
        .containsExactly("ambtenaren");

    // The webapp's own API works in that session: the official sees the intake's start form only.
    JsonNode startable = JSON.readTree(browser.get(base()
        + "/camunda/api/engine/engine/default/process-definition?latestVersion=true&startableInTasklist=true").body());
    assertThat(startable.findValuesAsText("key")).containsExactly("topicIntake");
  }

  @Test
  void aNewLoginCarriesNewNamesAndGroupsAndALeaverLosesTheirs() throws Exception {
    new Browser().logIn(base() + "/camunda/app/cockpit/default/",
        person("p.pietersen", "Piet", "Pietersen", List.of("/dagelijks-bestuur", "/secretariaat")));
    new Browser().logIn(base() + "/camunda/app/cockpit/default/",
        person("p.pietersen", "Pieter", "Pietersen-de Vries", List.of("/dagelijks-bestuur")));
    IdentityService identity = app.engine().getIdentityService();
    assertThat(identity.createUserQuery().userId("p.pietersen").singleResult().getFirstName()).isEqualTo("Pieter");
    assertThat(identity.createGroupQuery().groupMember("p.pietersen").list()).extracting(Group::getId)
        .containsExactly("dagelijks-bestuur");
    // Left K80: no login, and no longer a member, so the board's mail no longer reaches them either.
    HttpResponse<String> page = new Browser().logIn(base() + "/camunda/app/cockpit/default/",
        person("p.pietersen", "Pieter", "Pietersen-de Vries", List.of("/andere-gemeente/medewerkers")));
    assertThat(page.uri().getPath()).isEqualTo("/k80/geen-toegang.html");
    assertThat(identity.createGroupQuery().groupMember("p.pietersen").list()).isEmpty();
  }

  @Test
  void aTokenWithoutAK80GroupGetsTheDutchPageSayingWhomToAsk() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.logIn(base() + "/camunda/app/tasklist/default/",
        person("buitenstaander", "Bram", "Buiten", List.of("/andere-gemeente/medewerkers")));
    assertThat(page.uri().getPath()).isEqualTo("/k80/geen-toegang.html");
    assertThat(page.body()).contains("Geen toegang tot K80 Wendbaar").contains("secretariaat van K80")
        .contains("/k80/melding.css");
    assertThat(browser.get(base() + "/k80/melding.css").body()).contains("max-width");
    assertThat(app.engine().getIdentityService().createUserQuery().userId("buitenstaander").count()).isZero();
  }

  @Test
  void theWebappsPasswordLoginIsClosedAndLoggingOutGoesToTheProvider() throws Exception {
    HttpResponse<String> passwordLogin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(passwordLogin.statusCode()).isIn(401, 403);

    Browser browser = new Browser();
    browser.logIn(base() + "/camunda/app/tasklist/default/",
        person("l.logout", "Lies", "Uitlog", List.of("ambtenaren")));
    HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(browser.client.cookieHandler().orElseThrow())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> logout = noRedirects.send(HttpRequest.newBuilder(URI.create(base() + "/logout")).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).isEqualTo(302);
    String toProvider = logout.headers().firstValue("Location").orElseThrow();
    assertThat(toProvider).startsWith(provider.issuerUrl(ISSUER).toString()).contains("id_token_hint=")
        .contains("post_logout_redirect_uri=");
    HttpResponse<String> after = noRedirects.send(HttpRequest.newBuilder(
        URI.create(base() + "/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).isEqualTo(401);
  }

  @Test
  void theRestApiTakesTheProvidersAccessTokensAsTheUserTheyName() throws Exception {
    String official = token(person("portaal-ambtenaar", "Ans", "Portaal", List.of("ambtenaren")));
    HttpResponse<String> submitted = bearer("POST", SUBMIT, official, JSON.writeValueAsString(form(topic())));
    assertThat(submitted.statusCode()).as(submitted.body() + submitted.headers().map()).isEqualTo(200);
    String reference = JSON.readTree(submitted.body()).get("businessKey").asText();
    assertThat(app.engine().getRuntimeService().getVariable(JSON.readTree(submitted.body()).get("id").asText(),
        "submitter")).isEqualTo("portaal-ambtenaar");
    // An official reads no history; the board does.
    assertThat(bearer("GET", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference,
        official, null).body()).isEqualTo("[]");
    String board = token(person("portaal-bestuur", "Bea", "Bestuur", List.of("dagelijks-bestuur")));
    assertThat(bearer("GET", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference,
        board, null).body()).contains(reference);
    // The topics API too: the official's own topic.
    HttpResponse<String> mine = bearer("GET", "/api/topics/mine", official, null);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains(reference);

    // Who only ever submits through a portal is known as the token says, and gets the receipt.
    IdentityService identity = app.engine().getIdentityService();
    assertThat(identity.createUserQuery().userId("portaal-ambtenaar").singleResult().getEmail())
        .isEqualTo("portaal-ambtenaar@gemeente.example");
    assertThat(identity.createGroupQuery().groupMember("portaal-bestuur").list()).extracting(Group::getId)
        .containsExactly("dagelijks-bestuur");
    MimeMessage receipt = Eventually.value(() -> Arrays.stream(
        smtp.getReceivedMessagesForDomain("portaal-ambtenaar@gemeente.example")).findFirst().orElse(null));
    assertThat(receipt.getSubject()).contains(reference);
  }

  @Test
  void aPortalsFirstRequestsAtOnceWithANewUsersTokenAllSucceed() throws Exception {
    String token = token(person("p.parallel", "Pim", "Parallel", List.of("ambtenaren", "secretariaat")));
    ExecutorService portal = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String path = i % 2 == 0 ? "/engine-rest/task" : "/api/topics/mine";
        answers.add(portal.submit(() -> bearer("GET", path, token, null).statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
    } finally {
      portal.shutdown();
    }
    assertThat(app.engine().getIdentityService().createGroupQuery().groupMember("p.parallel").list())
        .extracting(Group::getId).containsExactlyInAnyOrder("ambtenaren", "secretariaat");
  }

  @Test
  void anAccessTokenWithoutNamesKeepsTheNamesOfTheLoginAndOneWithoutAK80GroupIsRefused() throws Exception {
    new Browser().logIn(base() + "/camunda/app/tasklist/default/",
        person("n.naam", "Nina", "Naam", List.of("ambtenaren")));
    String bare = provider.issueToken(ISSUER, "n.naam", CLIENT, Map.of("preferred_username", "n.naam",
        "groups", List.of("ambtenaren", "secretariaat")), 3600).serialize();
    assertThat(bearer("GET", "/engine-rest/task", bare, null).statusCode()).isEqualTo(200);
    IdentityService identity = app.engine().getIdentityService();
    User user = identity.createUserQuery().userId("n.naam").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Nina");
    assertThat(user.getEmail()).isEqualTo("n.naam@gemeente.example");
    assertThat(identity.createGroupQuery().groupMember("n.naam").list()).extracting(Group::getId)
        .containsExactlyInAnyOrder("ambtenaren", "secretariaat");

    // Somebody of the provider without a K80 group reads nothing, not even the topics every K80 user sees.
    String outsider = token(person("o.buiten", "Olaf", "Buiten", List.of("/andere-gemeente/medewerkers")));
    for (String path : List.of("/api/topics", "/api/topics/mine", "/engine-rest/task")) {
      assertThat(bearer("GET", path, outsider, null).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(identity.createUserQuery().userId("o.buiten").count()).isZero();
  }

  @Test
  void aProviderGroupNamedCamundaAdminMakesNobodyAnAdministrator() throws Exception {
    List<String> groups = List.of("camunda-admin", "/camunda-admin", "ambtenaren");
    Browser browser = new Browser();
    browser.logIn(base() + "/camunda/app/admin/default/", person("m.misbruik", "Mo", "Misbruik", groups));
    JsonNode who = JSON.readTree(browser.get(base() + "/camunda/api/admin/auth/user/default").body());
    assertThat(who.get("authorizedApps").toString()).doesNotContain("admin").doesNotContain("cockpit");
    assertThat(app.engine().getIdentityService().createGroupQuery().groupMember("m.misbruik").list())
        .extracting(Group::getId).containsExactly("ambtenaren");

    String token = token(person("m.misbruik", "Mo", "Misbruik", groups));
    HttpResponse<String> group = bearer("POST", "/engine-rest/group/create", token,
        "{\"id\": \"eigen-beheer\", \"name\": \"Eigen beheer\"}");
    assertThat(group.statusCode()).isEqualTo(403);
    assertThat(app.engine().getIdentityService().createGroupQuery().groupId("eigen-beheer").count()).isZero();
  }

  @Test
  void aProviderUserNamedLikeAnAdministratorLogsInNowhereAndTheAdministratorKeepsTheAccount(CapturedOutput log)
      throws Exception {
    // "admin" is the demo's administrator; a provider user of that name carries an ordinary group only.
    Map<String, Object> namesake = person("admin", "Mallory", "Naamgenoot", List.of("ambtenaren"));
    Browser browser = new Browser();
    HttpResponse<String> page = browser.logIn(base() + "/camunda/app/admin/default/", namesake);
    assertThat(page.uri().getPath()).isEqualTo("/k80/account-geweigerd.html");
    assertThat(page.body()).contains("Dit account kan K80 Wendbaar niet gebruiken", "beheerdersaccount");
    assertThat(browser.get(base() + "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    IdentityService identity = app.engine().getIdentityService();
    assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
        .containsExactly("camunda-admin");
    assertThat(identity.createUserQuery().userId("admin").singleResult().getFirstName()).isEqualTo("Beheerder");

    String token = token(namesake);
    assertThat(bearer("GET", "/engine-rest/filter", token, null).statusCode()).isEqualTo(401);
    assertThat(bearer("GET", "/api/topics/mine", token, null).statusCode()).isEqualTo(401);
    assertThat(log.getOut()).contains("Refused: user=admin address=127.0.0.1 command=login through the provider "
        + "reason=de naam van een beheerdersaccount (camunda-admin)", "Refused: user=admin address=127.0.0.1 "
        + "command=bearer token reason=de naam van een beheerdersaccount (camunda-admin)");

    // The administrator from the environment stays local even where administrators come from the provider.
    OidcProperties trusting = new OidcProperties();
    trusting.setAdministratorsFromProvider(true);
    ProviderAccounts accounts = new ProviderAccounts(app.engine(), new AdminProperties("admin", "-"), trusting);
    assertThat(accounts.refusal("admin")).contains("de naam van het beheerdersaccount uit de omgeving (K80_ADMIN_USER)");
    assertThat(new ProviderAccounts(app.engine(), new AdminProperties(null, null), trusting).refusal("admin"))
        .isEmpty();
  }

  @Test
  void aTokenWithoutAUserIdCamundaAcceptsIsNoLogin(CapturedOutput log) throws Exception {
    List<String> groups = List.of("ambtenaren", "secretariaat");
    Map<String, Object> noId = Map.of("groups", groups);
    Map<String, Object> blank = Map.of("preferred_username", "", "groups", groups);
    Map<String, Object> list = Map.of("preferred_username", List.of("ambtenaar", "secretaris"), "groups", groups);
    Map<String, Object> forging = Map.of("preferred_username", "x\nFORGED Login succeeded user=admin", "groups", groups);
    for (Map<String, Object> claims : List.of(noId, blank, list, forging)) {
      String token = provider.issueToken(ISSUER, "onderwerp", CLIENT, claims, 3600).serialize();
      for (String path : List.of("/engine-rest/task", "/api/topics/mine")) {
        assertThat(bearer("GET", path, token, null).statusCode()).as(path + " " + claims).isEqualTo(401);
      }
    }
    assertThat(log.getOut()).contains("user=x\\u000aFORGED Login succeeded user=admin address=127.0.0.1 "
        + "command=bearer token reason=geen geldige gebruikersnaam voor K80 Wendbaar");

    HttpResponse<String> page = new Browser().logIn(base() + "/camunda/app/tasklist/default/",
        person("rare naam", "Rik", "Raar", List.of("ambtenaren")));
    assertThat(page.uri().getPath()).isEqualTo("/k80/account-geweigerd.html");
    assertThat(app.engine().getIdentityService().createUserQuery().userId("rare naam").count()).isZero();
  }

  @Test
  void expiredForeignAndMisaddressedTokensAreRefused() throws Exception {
    Map<String, Object> claims = person("portaal-ambtenaar", "Ans", "Portaal", List.of("ambtenaren"));
    String expired = provider.issueToken(ISSUER, "portaal-ambtenaar", CLIENT, claims, -3600).serialize();
    String foreign = provider.issueToken("andere-uitgever", "portaal-ambtenaar", CLIENT, claims, 3600).serialize();
    String misaddressed = provider.issueToken(ISSUER, "portaal-ambtenaar", "andere-toepassing", claims, 3600)
        .serialize();
    // A valid token with its claims rewritten (now a board member), and the same claims unsigned:
    // issuer, audience and expiry stay valid, only the signature can tell.
    String[] valid = token(claims).split("\\.");
    ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(valid[1]));
    payload.putArray("groups").add("dagelijks-bestuur");
    String rewritten = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
    String forged = valid[0] + "." + rewritten + "." + valid[2];
    String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(
        StandardCharsets.UTF_8)) + "." + rewritten + ".";
    for (String path : List.of("/engine-rest/task", "/api/topics/mine")) {
      for (String token : List.of(expired, foreign, misaddressed, forged, unsigned, "geen.geldig.token")) {
        assertThat(bearer("GET", path, token, null).statusCode()).as(path).isEqualTo(401);
      }
    }
    // HTTP Basic keeps working beside the tokens, for an administrator.
    assertThat(basic("GET", "/engine-rest/task", "admin", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aLocalPasswordOpensOnlyAnAdministratorsAccount() throws Exception {
    // The demo's official and secretary still have local passwords, as a leaver from before SSO would.
    for (String user : List.of("ambtenaar", "secretaris")) {
      for (String path : List.of("/engine-rest/task", "/api/topics/mine", "/actuator/health")) {
        assertThat(basic("GET", path, user, null).statusCode()).as(user + " " + path).isEqualTo(401);
      }
      HttpResponse<String> verified = basic("POST", "/engine-rest/identity/verify", "admin",
          "{\"username\": \"" + user + "\", \"password\": \"" + user + "\"}");
      assertThat(JSON.readTree(verified.body()).get("authenticated").asBoolean()).as(verified.body()).isFalse();
    }
    assertThat(basic("GET", "/api/topics/mine", "admin", null).statusCode()).isEqualTo(200);
    assertThat(basic("GET", "/actuator/health", "admin", null).body()).contains("components");
  }

  /** HTTP Basic with the demo password (= user id). */
  HttpResponse<String> basic(String method, String path, String user, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
            .getBytes(StandardCharsets.UTF_8))).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
