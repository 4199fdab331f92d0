package nl.k80.wendbaar.register;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.TopicIntake;
import nl.k80.wendbaar.topic.TopicStatus;
import org.camunda.bpm.engine.HistoryService;
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
 * topicIntake would have written (RegisterRows). Costs one count query once every topic is registered.
 */
@Component
class RegisterBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterBackfill.class);
  private static final int PAGE = 500;

  private final JdbcTemplate jdbc;
  private final RegisterRows rows;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  RegisterBackfill(JdbcTemplate jdbc, HistoryService historyService, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.rows = new RegisterRows(jdbc);
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  @Override
  public void run(ApplicationArguments args) {
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
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(topic.getId()).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    TopicFacts facts = TopicFacts.of(topic.getId(), variables);
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
    }
    return true;
  }
}
