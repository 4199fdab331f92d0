package nl.k80.wendbaar.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.k80.wendbaar.topic.FrameworkChange;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The permissions of the contract's roles table, as data. Task permissions of officials and
 * portfolio groups are not here: the engine grants them per task to its assignee and candidate
 * groups (see defaultUserPermissionNameForTask), so a group sees only what is routed to it. The
 * board and the secretariat read every topic and its history, but no blanket READ on tasks: the
 * demo portfolio holders sit in the board too and would otherwise see every portfolio's tasks.
 */
final class AuthorizationPlan {

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (K80Groups.Group group : K80Groups.all()) {
      grants.add(new Grant(group.id(), APPLICATION, "tasklist", ACCESS));
    }

    grants.add(new Grant(K80Groups.OFFICIALS, PROCESS_DEFINITION, TopicIntake.PROCESS, READ, CREATE_INSTANCE));
    grants.add(new Grant(K80Groups.OFFICIALS, PROCESS_INSTANCE, ANY, CREATE));

    // The secretariat proposes changes of the afwegingskader; the board approves them in its task.
    // (One grant per group and resource: the secretariat's CREATE on process instances is in its reader grant.)
    grants.add(new Grant(K80Groups.SECRETARIAT, PROCESS_DEFINITION, FrameworkChange.PROCESS, READ, CREATE_INSTANCE));

    for (String reader : K80Groups.READERS) {
      grants.add(new Grant(reader, APPLICATION, "cockpit", ACCESS));
      grants.add(new Grant(reader, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
      grants.add(reader.equals(K80Groups.SECRETARIAT) ? new Grant(reader, PROCESS_INSTANCE, ANY, READ, CREATE)
          : new Grant(reader, PROCESS_INSTANCE, ANY, READ));
      grants.add(new Grant(reader, DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY));
      grants.add(new Grant(reader, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
      grants.add(new Grant(reader, DEPLOYMENT, ANY, READ));
    }

    // Portfolio holders open the forms of the tasks routed to them; that needs the definition.
    for (String portfolio : K80Groups.portfolioIds()) {
      grants.add(new Grant(portfolio, PROCESS_DEFINITION, TopicIntake.PROCESS, READ));
    }

    for (Resources resource : Resources.values()) {
      grants.add(new Grant(K80Groups.ADMIN, resource, ANY, ALL));
    }
    return grants;
  }

  static String describe(Grant grant) {
    return grant.groupId() + " " + grant.resource().resourceName() + ":" + grant.resourceId() + " "
        + Arrays.toString(grant.permissions());
  }

  private AuthorizationPlan() {}
}
