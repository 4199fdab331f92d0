package nl.k80.wendbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checking the user's own group list gives every answer Camunda's prefiltered list gives: the same
 * authorizations on an engine with the plugin and on one without, asked the same questions.
 */
class AuthorizedGroupsPluginTest {

  static ProcessEngine camunda;
  static ProcessEngine k80;

  @BeforeAll
  static void engines() {
    camunda = engine("camunda-groups", List.of());
    k80 = engine("k80-groups", List.of(new AuthorizedGroupsPlugin()));
  }

  @AfterAll
  static void close() {
    camunda.close();
    k80.close();
  }

  @Test
  void theEngineUsesTheManagerWithoutPrefilter() {
    Object manager = ((ProcessEngineConfigurationImpl) k80.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroupsPlugin.WithoutGroupPrefilter.class);
  }

  @Test
  void everyAnswerIsCamundasOwn() {
    List<String> many = IntStream.range(0, AuthorizedGroupsPlugin.LARGE).mapToObj(i -> "groep-" + i).toList();
    Map<String, List<String>> users = new LinkedHashMap<>();
    users.put("zonder groepen", List.of());
    users.put("lezer", List.of("lezers"));
    users.put("lezer met groep zonder rechten", List.of("lezers", "zonder-rechten"));
    users.put("alleen groep zonder rechten", List.of("zonder-rechten"));
    users.put("lezer en geweerd", List.of("lezers", "geweerd"));
    users.put("geweerd", List.of("geweerd"));
    users.put("veel groepen", many);
    users.put("veel groepen en lezer", concat(many, "lezers"));
    users.put("veel groepen, lezer en geweerd", concat(concat(many, "lezers"), "geweerd"));
    List<Boolean> answers = new ArrayList<>();
    for (Map.Entry<String, List<String>> user : users.entrySet()) {
      for (String userId : List.of("gebruiker", "persoonlijk-geweerd")) {
        for (String definition : List.of("intake", "rapport", "onbekend")) {
          boolean expected = authorized(camunda, userId, user.getValue(), definition);
          assertThat(authorized(k80, userId, user.getValue(), definition))
              .as("%s (%s) on %s", user.getKey(), userId, definition).isEqualTo(expected);
          answers.add(expected);
        }
      }
    }
    assertThat(answers).contains(true, false);
  }

  private static ProcessEngine engine(String name, List<ProcessEnginePlugin> plugins) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setAuthorizationEnabled(true);
    configuration.setAuthorizationCheckRevokes("always");
    configuration.setProcessEnginePlugins(new ArrayList<>(plugins));
    ProcessEngine engine = configuration.buildProcessEngine();
    AuthorizationService authorizations = engine.getAuthorizationService();
    save(authorizations, Authorization.AUTH_TYPE_GRANT, "lezers", null, "intake");
    save(authorizations, Authorization.AUTH_TYPE_GRANT, "lezers", null, "rapport");
    save(authorizations, Authorization.AUTH_TYPE_REVOKE, "geweerd", null, "rapport");
    save(authorizations, Authorization.AUTH_TYPE_GRANT, "geweerd", null, "intake");
    save(authorizations, Authorization.AUTH_TYPE_REVOKE, null, "persoonlijk-geweerd", "intake");
    return engine;
  }

  private static boolean authorized(ProcessEngine engine, String user, List<String> groups, String definition) {
    return engine.getAuthorizationService().isUserAuthorized(user, groups, READ, PROCESS_DEFINITION, definition);
  }

  private static void save(AuthorizationService authorizations, int type, String group, String user, String definition) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setGroupId(group);
    authorization.setUserId(user);
    authorization.setResource(PROCESS_DEFINITION);
    authorization.setResourceId(definition);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(READ);
    } else {
      authorization.addPermission(READ);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static List<String> concat(List<String> groups, String group) {
    List<String> all = new ArrayList<>(groups);
    all.add(group);
    return all;
  }
}
