package nl.k80.wendbaar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.HttpApi.Response;
import nl.k80.wendbaar.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoAppTest
class RestSecurityTest {

  private static final String EXPRESSION = "${currentUser()}";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  HttpApi official;
  HttpApi admin;

  @BeforeEach
  void clients() {
    official = HttpApi.basic(port, "ambtenaar", "ambtenaar");
    admin = HttpApi.basic(port, "admin", "admin");
  }

  @Test
  void restApiRefusesRequestsWithoutOrWithWrongCredentials() {
    TestUsers.create(identityService, "rest-wrong-password");

    assertThat(HttpApi.basic(port, "rest-wrong-password", TestUsers.PASSWORD).get("/engine-rest/task").status())
        .isEqualTo(200);
    assertThat(HttpApi.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(HttpApi.anonymous(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(HttpApi.basic(port, "rest-wrong-password", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(HttpApi.basic(port, "nobody-at-all", "nobody").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void authorizationsApplyBehindAuthentication() {
    // Officials see only themselves in the user directory and may not create users.
    assertThat(official.get("/engine-rest/user").json()).hasSize(1);
    assertThat(official.get("/engine-rest/user").json().get(0).get("id").asText()).isEqualTo("ambtenaar");
    assertThat(admin.get("/engine-rest/user").json().size()).isGreaterThanOrEqualTo(11);
    Response create = official.post("/engine-rest/user/create",
        Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "intruder")));
    assertThat(create.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void adminSetupEndpointIsClosedForEverybody() {
    Map<String, Object> newAdmin = Map.of("profile", Map.of("id", "setup-admin", "firstName", "X", "lastName", "Y",
        "email", "x@example.org"), "credentials", Map.of("password", "setup-admin"));
    for (String path : List.of("/camunda/api/admin/setup/default/user/create",
        "/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/Setup/default/user/create",
        "/camunda/api/admin/setup/%64efault/user/create")) {
      assertThat(HttpApi.anonymous(port).post(path, newAdmin).status()).as(path).isIn(400, 403, 404);
    }
    assertThat(HttpApi.anonymous(port).post("/camunda/api/admin/setup/default/user/create", newAdmin).status())
        .isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("setup-admin").count()).isZero();
  }

  @Test
  void adHocExpressionsAreRefusedForOfficialsAndAllowedForTheAdministrator() {
    String query = "/engine-rest/task?assigneeExpression=" + HttpApi.encode(EXPRESSION);
    assertThat(official.get(query).status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/task", Map.of("assigneeExpression", EXPRESSION)).status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/task/count", Map.of("assigneeExpression", EXPRESSION)).status())
        .isEqualTo(403);
    assertThat(admin.get(query).status()).isEqualTo(200);
    assertThat(admin.post("/engine-rest/task", Map.of("assigneeExpression", EXPRESSION)).status()).isEqualTo(200);
  }

  @Test
  void expressionsNestedInOrQueriesOrJsonEscapedAreRefused() {
    Map<String, Object> nested = Map.of("orQueries", List.of(Map.of("candidateGroupsExpression",
        "${execution.getProcessEngineServices()}")));
    assertThat(official.post("/engine-rest/task", nested).status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/engine/default/task", nested).status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{currentUser()}\"}]}")
        .status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"#{currentUser()}\"}]}")
        .status()).isEqualTo(403);
    assertThat(admin.post("/engine-rest/task", nested).status()).isNotEqualTo(403);
  }

  @Test
  void filtersWithExpressionsMayOnlyBeStoredByTheAdministrator() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "eigen filter",
        "query", Map.of("assigneeExpression", EXPRESSION));
    Response refused = official.post("/engine-rest/filter/create", filter);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("beheerders");

    Response created = admin.post("/engine-rest/filter/create", filter);
    assertThat(created.status()).isEqualTo(200);
    String id = created.json().get("id").asText();
    Map<String, Object> changed = Map.of("resourceType", "Task", "name", "eigen filter",
        "query", Map.of("candidateGroupsExpression", "${currentUserGroups()}"));
    assertThat(official.put("/engine-rest/filter/" + id, changed).status()).isEqualTo(403);
    assertThat(official.post("/engine-rest/filter/" + id + "/list", Map.of("orQueries",
        List.of(Map.of("assigneeExpression", EXPRESSION)))).status()).isEqualTo(403);
    assertThat(admin.delete("/engine-rest/filter/" + id).status()).isEqualTo(204);
  }

  @Test
  void storedFiltersOfTheAppKeepWorkingForOfficials() {
    Response filters = official.get("/engine-rest/filter?resourceType=Task");
    assertThat(filters.status()).isEqualTo(200);
    String myTasks = null;
    for (var filter : filters.json()) {
      if (filter.get("name").asText().equals("Mijn taken")) {
        myTasks = filter.get("id").asText();
      }
    }
    assertThat(myTasks).as("filter 'Mijn taken' visible to officials").isNotNull();
    Response list = official.post("/engine-rest/filter/" + myTasks + "/list", Map.of());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().isArray()).isTrue();
  }

  @Test
  void theWebappsEngineApiIsGuardedToo() {
    HttpApi tasklist = HttpApi.webappSession(port, "ambtenaar", "ambtenaar", "tasklist");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task?assigneeExpression="
        + HttpApi.encode(EXPRESSION)).status()).isEqualTo(403);
    assertThat(tasklist.post("/camunda/api/engine/engine/default/task", Map.of("orQueries",
        List.of(Map.of("assigneeExpression", EXPRESSION)))).status()).isEqualTo(403);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(200);

    HttpApi adminSession = HttpApi.webappSession(port, "admin", "admin", "tasklist");
    assertThat(adminSession.get("/camunda/api/engine/engine/default/task?assigneeExpression="
        + HttpApi.encode(EXPRESSION)).status()).isEqualTo(200);
  }

  @Test
  void healthShowsEverybodyItsStatusAndOnlyAdministratorsItsComponents() {
    Response health = HttpApi.anonymous(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
    assertThat(official.get("/actuator/health").json().has("components")).isFalse();
    Response detailed = admin.get("/actuator/health");
    assertThat(detailed.json().get("components").has("db")).isTrue();
    assertThat(detailed.json().get("components").get("mail").has("status")).isTrue();
    assertThat(HttpApi.basic(port, "admin", "verkeerd").get("/actuator/health").status()).isEqualTo(401);
  }

  @Test
  void noActuatorEndpointButHealth() {
    for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
      assertThat(HttpApi.anonymous(port).get(endpoint).status()).as(endpoint).isIn(401, 403, 404);
    }
  }
}
