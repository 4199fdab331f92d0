package nl.k80.wendbaar.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, their authorizations, the administrator and the Tasklist filters at startup,
 * in every profile, idempotently. Runs while the context refreshes, so before the web server
 * accepts its first request.
 */
@Component
class IdentityBootstrap implements InitializingBean {

  static final String DEMO_PROFILE = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters tasklistFilters;
  private final AdminProperties admin;
  private final Environment environment;

  IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      TasklistFilters tasklistFilters, AdminProperties admin, Environment environment) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tasklistFilters = tasklistFilters;
    this.admin = admin;
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() {
    boolean demo = environment.acceptsProfiles(Profiles.of(DEMO_PROFILE));
    if (!demo) {
      refuseUnsafeSecrets();
    }
    K80Groups.all().forEach(group -> ensureGroup(group.id(), group.name()));
    AuthorizationPlan.grants().forEach(this::ensureGrant);
    if (demo) {
      // The contract's demo passwords (= user id) are below the password policy: demo only.
      DemoUsers.ALL.forEach(user -> ensureUser(user.id(), user.id(), user.firstName(), user.lastName(),
          user.id() + "@k80.example", user.groups()));
    }
    if (admin.isComplete()) {
      ensureUser(admin.user(), admin.password(), "Beheerder", "K80", null, List.of(K80Groups.ADMIN));
      // A restart always lets the administrator from the environment in again.
      identityService.unlockUser(admin.user());
    }
    tasklistFilters.ensure();
  }

  /** Outside the demo: an administrator from the environment, with a password of its own that meets the policy. */
  private void refuseUnsafeSecrets() {
    if (!admin.isComplete()) {
      throw new IllegalStateException("K80 Wendbaar needs an administrator outside the demo profile: "
          + "set the environment variables K80_ADMIN_USER and K80_ADMIN_PASSWORD.");
    }
    if (ExampleSecrets.contains(admin.password())
        || ExampleSecrets.contains(environment.getProperty("spring.datasource.password"))) {
      throw new IllegalStateException("K80_ADMIN_PASSWORD or SPRING_DATASOURCE_PASSWORD (POSTGRES_PASSWORD) is "
          + "still the example from .env.example: choose secrets of your own.");
    }
    User candidate = identityService.newUser(admin.user());
    candidate.setFirstName("Beheerder");
    candidate.setLastName("K80");
    PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(admin.password(), candidate);
    if (!policy.isValid()) {
      throw new IllegalStateException("K80_ADMIN_PASSWORD does not meet the password policy (at least 10 characters"
          + " with upper and lower case letters, a digit and a special character, without the user name): "
          + policy.getViolatedRules().stream().map(rule -> rule.getPlaceholder()).toList());
    }
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(id.equals(K80Groups.ADMIN) ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
      LOG.info("Created group {}", id);
    }
  }

  /** Sets the grant to exactly the planned permissions, whatever it held before. */
  private void ensureGrant(AuthorizationPlan.Grant grant) {
    AuthorizationEntity planned = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    planned.setPermissions(grant.permissions());
    AuthorizationEntity authorization = (AuthorizationEntity) authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (authorization == null) {
      authorization = (AuthorizationEntity) authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    } else if (authorization.getPermissions() == planned.getPermissions()) {
      return;
    }
    authorization.setPermissions(grant.permissions());
    authorizationService.saveAuthorization(authorization);
    LOG.debug("Granted {}", AuthorizationPlan.describe(grant));
  }

  private void ensureUser(String id, String password, String firstName, String lastName,
      String email, List<String> groups) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      ((IdentityServiceImpl) identityService).saveUser(user, true);
      LOG.info("Created user {}", id);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }
}
