package nl.k80.wendbaar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role of the contract may do what it says, and is refused what it does not. */
@DemoAppTest
class RolePermissionsTest {

  @LocalServerPort
  int port;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  IdentityService identityService;

  static Stream<Arguments> webappAccess() {
    return Stream.of(
        Arguments.of("ambtenaar", Map.of("tasklist", true, "cockpit", false, "admin", false)),
        Arguments.of("secretaris", Map.of("tasklist", true, "cockpit", true, "admin", false)),
        Arguments.of("voorzitter", Map.of("tasklist", true, "cockpit", true, "admin", false)),
        Arguments.of("ph-wonen", Map.of("tasklist", true, "cockpit", true, "admin", false)),
        Arguments.of("admin", Map.of("tasklist", true, "cockpit", true, "admin", true)));
  }

  @ParameterizedTest(name = "{0} logs into {1}")
  @MethodSource("webappAccess")
  void webappsAreOpenToTheRolesOfTheContract(String user, Map<String, Boolean> apps) {
    apps.forEach((app, allowed) -> {
      int status = HttpApi.anonymous(port).webappLogin(user, user, app).status();
      assertThat(status == 200).as(user + " into " + app + " (HTTP " + status + ")").isEqualTo(allowed);
    });
  }

  @Test
  void aPortfolioHolderWithoutBoardSeatHasNoCockpit() {
    TestUsers.create(identityService, "ph-alleen-wonen", "portefeuille-wonen");
    assertThat(HttpApi.anonymous(port).webappLogin("ph-alleen-wonen", TestUsers.PASSWORD, "tasklist").status())
        .isEqualTo(200);
    assertThat(HttpApi.anonymous(port).webappLogin("ph-alleen-wonen", TestUsers.PASSWORD, "cockpit").status())
        .isNotEqualTo(200);
  }

  @Test
  void officialsMayStartTheIntakeAndNothingElse() {
    assertGranted("ambtenaar", Resources.PROCESS_DEFINITION, "topicIntake", ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertGranted("ambtenaar", Resources.PROCESS_INSTANCE, "any-instance", Permissions.CREATE);
    assertRefused("ambtenaar", Resources.PROCESS_DEFINITION, "semiannualReport",
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertRefused("ambtenaar", Resources.PROCESS_INSTANCE, "any-instance", Permissions.READ);
    assertRefused("ambtenaar", Resources.TASK, "any-task", Permissions.READ);
    assertRefused("ambtenaar", Resources.PROCESS_DEFINITION, "topicIntake", ProcessDefinitionPermissions.READ_HISTORY);
    assertRefused("ambtenaar", Resources.DECISION_DEFINITION, "topicAssessment", Permissions.READ);
    assertRefused("ambtenaar", Resources.USER, "secretaris", Permissions.UPDATE);
  }

  @Test
  void secretariatAndBoardReadAllTopicsAndHistoryButChangeNothingDirectly() {
    for (String reader : List.of("secretaris", "voorzitter")) {
      assertGranted(reader, Resources.PROCESS_INSTANCE, "any-instance", Permissions.READ);
      assertGranted(reader, Resources.PROCESS_DEFINITION, "topicIntake", ProcessDefinitionPermissions.READ_HISTORY);
      assertGranted(reader, Resources.DECISION_DEFINITION, "topicAssessment", Permissions.READ_HISTORY);
      assertRefused(reader, Resources.TASK, "any-task", Permissions.READ);
      assertRefused(reader, Resources.TASK, "any-task", Permissions.UPDATE);
      assertRefused(reader, Resources.PROCESS_INSTANCE, "any-instance", Permissions.DELETE);
      assertRefused(reader, Resources.PROCESS_INSTANCE, "any-instance", Permissions.UPDATE);
      assertRefused(reader, Resources.DEPLOYMENT, "any", Permissions.CREATE);
      assertRefused(reader, Resources.AUTHORIZATION, "any", Permissions.CREATE);
    }
  }

  @Test
  void portfolioGroupsSeeNoTasksButThoseRoutedToThem() {
    TestUsers.create(identityService, "ph-alleen-financien", "portefeuille-financien");
    assertRefused("ph-alleen-financien", Resources.TASK, "any-task", Permissions.READ);
    assertRefused("ph-alleen-financien", Resources.PROCESS_INSTANCE, "any-instance", Permissions.READ);
    assertRefused("ph-alleen-financien", Resources.PROCESS_DEFINITION, "topicIntake",
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  @Test
  void administratorsMayDoEverything() {
    for (Resources resource : Resources.values()) {
      // Historic instance permissions are disabled in this engine; they cannot even be checked.
      if (resource == Resources.HISTORIC_TASK || resource == Resources.HISTORIC_PROCESS_INSTANCE) {
        continue;
      }
      assertGranted("admin", resource, "anything", Permissions.ALL);
    }
  }

  @Test
  void everyGroupOfTheContractExistsWithItsDemoMembers() {
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
        .containsExactlyInAnyOrderElementsOf(K80Groups.all().stream().map(K80Groups.Group::id).toList());
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
    for (K80Groups.Group portfolio : K80Groups.PORTFOLIOS) {
      String holder = "ph-" + portfolio.id().substring("portefeuille-".length());
      assertThat(identityService.createUserQuery().userId(holder).memberOfGroup(portfolio.id()).count()).isEqualTo(1);
      assertThat(identityService.createUserQuery().userId(holder).memberOfGroup("dagelijks-bestuur").count())
          .isEqualTo(1);
      assertThat(identityService.createUserQuery().userId(holder).singleResult().getEmail())
          .isEqualTo(holder + "@k80.example");
    }
  }

  private void assertGranted(String user, Resource resource, String resourceId, Permission permission) {
    assertThat(isAuthorized(user, resource, resourceId, permission))
        .as(user + " " + permission.getName() + " on " + resource.resourceName() + " " + resourceId).isTrue();
  }

  private void assertRefused(String user, Resource resource, String resourceId, Permission permission) {
    assertThat(isAuthorized(user, resource, resourceId, permission))
        .as(user + " " + permission.getName() + " on " + resource.resourceName() + " " + resourceId).isFalse();
  }

  private boolean isAuthorized(String user, Resource resource, String resourceId, Permission permission) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    return authorizationService.isUserAuthorized(user, groups, permission, resource, resourceId);
  }
}
