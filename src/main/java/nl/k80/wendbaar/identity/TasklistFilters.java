package nl.k80.wendbaar.identity;

import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters with Dutch names, identified by name so that restarts create no duplicates.
 * Their stored queries use expressions such as currentUser(); only the app and administrators
 * may store those (see TaskQueryExpressionGuard).
 */
@Component
class TasklistFilters {

  /** Columns Tasklist shows for every task, so a list is readable without opening each task. */
  private static final List<Map<String, String>> TOPIC_COLUMNS = List.of(
      Map.of("name", TopicIntake.REFERENCE, "label", "Kenmerk"),
      Map.of("name", TopicIntake.TITLE, "label", "Titel"),
      Map.of("name", TopicIntake.MUNICIPALITY, "label", "Gemeente"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  void ensure() {
    List<String> everybody = K80Groups.all().stream().map(K80Groups.Group::id).toList();
    ensure("Mijn taken", "Taken die aan mij zijn toegewezen", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everybody);
    ensure("Taken van mijn groepen", "Nog niet opgepakte taken van de groepen waarin ik zit", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        everybody);
    ensure("Te screenen", "Nieuwe aanmeldingen die het secretariaat screent", 0,
        taskService.createTaskQuery().taskDefinitionKey(TopicIntake.SCREEN), List.of(K80Groups.SECRETARIAT));
    ensure("Voor het Dagelijks Bestuur", "Thema's die aan het Dagelijks Bestuur zijn voorgelegd", 0,
        taskService.createTaskQuery().taskDefinitionKey(TopicIntake.BOARD_DECISION), List.of(K80Groups.BOARD));
    ensure("Alle taken", "Alle openstaande taken (beheer)", 10,
        taskService.createTaskQuery(), List.of(K80Groups.ADMIN));
  }

  private void ensure(String name, String description, int priority, TaskQuery query, List<String> readers) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority,
        "variables", TOPIC_COLUMNS, "refresh", true));
    filterService.saveFilter(filter);
    for (String group : readers) {
      grantRead(filter.getId(), group);
    }
  }

  private void grantRead(String filterId, String groupId) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(groupId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
