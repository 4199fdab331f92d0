package nl.k80.wendbaar.register;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.TopicIntake;
import nl.k80.wendbaar.topic.TopicStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At startup, adds to the topic register every topic that Camunda's history knows and the
 * register does not: topics submitted before the register existed (an installation upgraded from
 * a version without it). Replays, with the moments history kept, the steps the listeners of
 * topicIntake would have written (RegisterRows); rows from before Flyway V4 are completed. Costs
 * two queries once every topic is registered and complete.
 */
@Component
class RegisterBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterBackfill.class);
  private static final int PAGE = 500;

  private final JdbcTemplate jdbc;
  private final RegisterRows rows;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  RegisterBackfill(JdbcTemplate jdbc, HistoryService historyService, RuntimeService runtimeService,
      ManagementService managementService) {
    this.jdbc = jdbc;
    this.rows = new RegisterRows(jdbc);
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @Override
  public void run(ApplicationArguments args) {
    completeEarlierRows();
    long known = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TopicIntake.PROCESS).count();
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM k80_topic", Long.class);
    if (count != null && count >= known) {
      return;
    }
    Set<String> registered = new HashSet<>(jdbc.queryForList("SELECT process_instance_id FROM k80_topic", String.class));
    int added = 0;
    for (int first = 0; first < known; first += PAGE) {
      for (HistoricProcessInstance topic : historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(TopicIntake.PROCESS).orderByProcessInstanceStartTime().asc().listPage(first, PAGE)) {
        if (topic.getBusinessKey() != null && !registered.contains(topic.getId()) && register(topic)) {
          added++;
        }
      }
    }
    LOG.info("Added {} topics from history to the topic register", added);
  }

  private boolean register(HistoricProcessInstance topic) {
    TopicFacts facts = TopicFacts.of(topic.getId(), variables(topic.getId()));
    try {
      rows.submitted(facts, K80Time.moment(topic.getStartTime()));
    } catch (DuplicateKeyException registeredMeanwhile) {
      // Another instance starting at the same time registered it: that is all we needed.
      return false;
    }
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(topic.getId()).finished().orderByHistoricActivityInstanceEndTime().asc().list()) {
      if (TopicIntake.DECISION_RECORDS.contains(activity.getActivityId())) {
        rows.decided(facts, K80Time.moment(activity.getEndTime()));
      }
    }
    if (topic.getEndTime() != null) {
      rows.closed(facts, TopicStatus.endedAt(topic.getEndActivityId()), K80Time.moment(topic.getEndTime()));
    } else {
      runtimeService.getActiveActivityIds(topic.getId()).stream().map(TopicStatus::waitingAt)
          .flatMap(Optional::stream).findFirst().ifPresent(status -> rows.waiting(facts, status));
      OffsetDateTime reassessAt = watchedUntil(topic.getId());
      if (reassessAt != null) {
        rows.watched(facts, reassessAt);
      }
    }
    return true;
  }

  /**
   * Rows registered before the register kept what the topics API shows (Flyway V4) get the
   * submitter, the framework's and the board's motivation apart, and a watched topic's moment.
   * A topic whose history has been cleaned up meanwhile keeps an empty submitter (nobody's), so
   * that it is looked up once, not at every start.
   */
  private void completeEarlierRows() {
    for (Map<String, Object> row : jdbc.queryForList(
        "SELECT process_instance_id, decided_by FROM k80_topic WHERE submitter IS NULL")) {
      String topic = (String) row.get("process_instance_id");
      Map<String, Object> variables = variables(topic);
      if (variables.get(TopicIntake.SUBMITTER) == null) {
        jdbc.update("UPDATE k80_topic SET submitter = '' WHERE process_instance_id = ?", topic);
        continue;
      }
      boolean byBoard = Decider.DAGELIJKS_BESTUUR.name().equals(row.get("decided_by"));
      jdbc.update("UPDATE k80_topic SET submitter = ?, framework_motivation = ?, board_motivation = ?,"
              + " reassess_at = ? WHERE process_instance_id = ?", variables.get(TopicIntake.SUBMITTER),
          row.get("decided_by") == null ? null : variables.get(TopicIntake.MOTIVATION),
          byBoard ? variables.get(TopicIntake.BOARD_MOTIVATION) : null, watchedUntil(topic), topic);
    }
  }

  /** When the watch timer of a running topic fires, or null when it is not being watched. */
  private OffsetDateTime watchedUntil(String topic) {
    return managementService.createJobQuery().processInstanceId(topic).activityId(TopicIntake.WATCH_PERIOD).timers()
        .list().stream().map(timer -> K80Time.moment(timer.getDuedate())).findFirst().orElse(null);
  }

  private Map<String, Object> variables(String topic) {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(topic).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return variables;
  }
}
