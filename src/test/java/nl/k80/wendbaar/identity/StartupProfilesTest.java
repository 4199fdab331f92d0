package nl.k80.wendbaar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.RunningApp;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Real application starts and restarts, per profile, on a database file that outlives each start. */
class StartupProfilesTest {

  static final String ADMIN_PASSWORD = "Een-lang-geheim-2026";

  @TempDir
  Path dataDir;

  @Test
  void restartingTwiceCreatesNoDuplicates() {
    String url = "jdbc:h2:file:" + dataDir.resolve("restart") + ";DB_CLOSE_ON_EXIT=FALSE";
    Map<String, Long> first = withApp(url, "demo", Map.of(), StartupProfilesTest::identityCounts);
    Map<String, Long> second = withApp(url, "demo", Map.of(), StartupProfilesTest::identityCounts);
    Map<String, Long> third = withApp(url, "demo", Map.of(), StartupProfilesTest::identityCounts);

    assertThat(first.get("groups")).isEqualTo(K80Groups.all().size());
    assertThat(first.get("users")).isEqualTo(11);
    assertThat(first.get("filters")).isEqualTo(5);
    assertThat(first.get("processVersions")).isEqualTo(4);
    assertThat(first.get("decisionVersions")).isEqualTo(3);
    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
  }

  @Test
  void productionWithoutAdministratorRefusesToStartAndSaysWhatToSet() {
    String url = "jdbc:h2:mem:prod-missing-admin;DB_CLOSE_DELAY=-1";
    assertThatThrownBy(() -> withApp(url, "prod", Map.of("k80.admin.user", "", "k80.admin.password", ""), c -> 0))
        .rootCause().hasMessageContaining("K80_ADMIN_USER").hasMessageContaining("K80_ADMIN_PASSWORD");
  }

  @Test
  void productionRefusesToStartWithTheExamplePasswordsOrOneThatFailsThePolicy() throws Exception {
    Map<String, String> example = new java.util.HashMap<>();
    for (String line : Files.readAllLines(Path.of(".env.example"))) {
      if (line.contains("=") && !line.startsWith("#")) {
        example.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    String url = "jdbc:h2:mem:prod-example-secrets";
    assertThatThrownBy(() -> withApp(url, "prod", Map.of("k80.admin.user", "beheerder",
        "k80.admin.password", example.get("K80_ADMIN_PASSWORD")), c -> 0))
        .rootCause().hasMessageContaining(".env.example");
    assertThatThrownBy(() -> withApp(url + "-db", "prod", Map.of("k80.admin.user", "beheerder",
        "k80.admin.password", ADMIN_PASSWORD, "spring.datasource.password", example.get("POSTGRES_PASSWORD")), c -> 0))
        .rootCause().hasMessageContaining(".env.example");
    for (String weak : List.of("a", "beheerder-Wachtw00rd!", "alleenkleineletters")) {
      assertThatThrownBy(() -> withApp(url, "prod", Map.of("k80.admin.user", "beheerder", "k80.admin.password", weak),
          c -> 0)).as(weak).rootCause().hasMessageContaining("password policy");
    }
  }

  @Test
  void productionCreatesGroupsAndTheAdministratorFromTheEnvironmentButNoDemoUsers() {
    String url = "jdbc:h2:mem:prod-with-admin;DB_CLOSE_DELAY=-1";
    withApp(url, "prod", Map.of("k80.admin.user", "beheerder", "k80.admin.password", ADMIN_PASSWORD), context -> {
      var identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("beheerder");
      assertThat(identity.createUserQuery().userId("beheerder").memberOfGroup("camunda-admin").count()).isEqualTo(1);
      assertThat(identity.createGroupQuery().count()).isEqualTo(K80Groups.all().size());
      assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");

      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      assertThat(HttpApi.basic(port, "beheerder", ADMIN_PASSWORD).get("/engine-rest/user").status()).isEqualTo(200);
      assertThat(HttpApi.basic(port, "ambtenaar", "ambtenaar").get("/engine-rest/task").status()).isEqualTo(401);
      return null;
    });
  }

  private static Map<String, Long> identityCounts(ConfigurableApplicationContext context) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    var identity = engine.getIdentityService();
    long memberships = 0;
    for (var group : identity.createGroupQuery().list()) {
      memberships += identity.createUserQuery().memberOfGroup(group.getId()).count();
    }
    return Map.of(
        "groups", identity.createGroupQuery().count(),
        "users", identity.createUserQuery().count(),
        "memberships", memberships,
        "authorizations", engine.getAuthorizationService().createAuthorizationQuery().count(),
        "filters", engine.getFilterService().createFilterQuery().count(),
        // Unchanged models are not deployed again as new versions.
        "processVersions", engine.getRepositoryService().createProcessDefinitionQuery().count(),
        "decisionVersions", engine.getRepositoryService().createDecisionDefinitionQuery().count());
  }

  private static <T> T withApp(String url, String profile, Map<String, String> properties,
      Function<ConfigurableApplicationContext, T> action) {
    Map<String, String> all = new java.util.HashMap<>(properties);
    all.put("spring.datasource.url", url);
    try (RunningApp app = RunningApp.start(profile, all)) {
      return action.apply(app.context());
    }
  }
}
