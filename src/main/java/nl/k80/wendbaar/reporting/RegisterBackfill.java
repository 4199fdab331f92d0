package nl.k80.wendbaar.reporting;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.k80.wendbaar.intake.K80Time;
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
 * a version without it). Reconstructs from history what the listeners of topicIntake would have
 * written. Costs one count query once every topic is registered.
 */
@Component
class RegisterBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterBackfill.class);
  private static final int PAGE = 500;
  private static final List<String> DECISIONS = List.of("recordFrameworkDecision", "recordBoardDecision");
  /** Where a topic's process ended, and what that means for the register. */
  private static final Map<String, TopicStatus> ENDS = Map.of("topicCompleted", TopicStatus.AFGEROND,
      "joinedPartner", TopicStatus.AANGESLOTEN, "notTakenUp", TopicStatus.NIET_OPGEPAKT,
      "closedAsDuplicate", TopicStatus.DUBBEL, "closedNotSupplemented", TopicStatus.NIET_AANGEVULD);
  /** Where a running topic waits, and its status there; anywhere else it is in screening. */
  private static final Map<String, TopicStatus> WAITS = Map.of("boardDecision", TopicStatus.BIJ_BESTUUR,
      "planTopic", TopicStatus.IN_PLANNING, "executeTopic", TopicStatus.IN_UITVOERING,
      "joinPartner", TopicStatus.AANSLUITEN, "watchPeriod", TopicStatus.GEVOLGD, "reassessTopic", TopicStatus.GEVOLGD);

  private final JdbcTemplate jdbc;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  RegisterBackfill(JdbcTemplate jdbc, HistoryService historyService, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  @Override
  public void run(ApplicationArguments args) {
    long known = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("topicIntake").count();
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM k80_topic", Long.class);
    if (count != null && count >= known) {
      return;
    }
    Set<String> registered = new HashSet<>(jdbc.queryForList("SELECT process_instance_id FROM k80_topic", String.class));
    int added = 0;
    for (int first = 0; first < known; first += PAGE) {
      for (HistoricProcessInstance topic : historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey("topicIntake").orderByProcessInstanceStartTime().asc().listPage(first, PAGE)) {
        if (topic.getBusinessKey() != null && !registered.contains(topic.getId()) && register(topic)) {
          added++;
        }
      }
    }
    LOG.info("Added {} topics from history to the topic register", added);
  }

  private boolean register(HistoricProcessInstance topic) {
    TopicStatus status = status(topic);
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(topic.getId()).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    List<HistoricActivityInstance> decisions = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(topic.getId()).finished().orderByHistoricActivityInstanceEndTime().asc().list()
        .stream().filter(activity -> DECISIONS.contains(activity.getActivityId())).toList();
    OffsetDateTime submitted = moment(topic.getStartTime());
    OffsetDateTime firstDecided = decisions.isEmpty() ? null : moment(decisions.get(0).getEndTime());
    OffsetDateTime decided = decisions.isEmpty() ? null : moment(decisions.get(decisions.size() - 1).getEndTime());
    OffsetDateTime closed = moment(topic.getEndTime());
    OffsetDateTime completed = status.completed() ? closed : null;
    boolean byBoard = "DAGELIJKS_BESTUUR".equals(variables.get("decidedBy"));
    try {
      jdbc.update("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality,"
              + " portfolio_group, status, final_decision, decided_by, motivation, submitted_at, first_decided_at,"
              + " decided_at, completed_at, closed_at, days_to_decision, days_to_completion)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          topic.getBusinessKey(), topic.getId(), variables.get("title"), variables.get("theme"),
          variables.get("source"), variables.get("municipality"), decided == null ? null : variables.get("portfolioGroup"),
          status.name(), variables.get("finalDecision"), variables.get("decidedBy"),
          decided == null ? null : variables.get(byBoard ? "boardMotivation" : "motivation"), submitted, firstDecided,
          decided, completed, closed, days(submitted, firstDecided), days(decided, completed));
      return true;
    } catch (DuplicateKeyException registeredMeanwhile) {
      // Another instance starting at the same time registered it: that is all we needed.
      return false;
    }
  }

  /** The status the listeners would have left. */
  private TopicStatus status(HistoricProcessInstance topic) {
    if (topic.getEndTime() != null) {
      // Cancelled by an operator: no end event, or not one of the topic's own.
      String end = topic.getEndActivityId();
      return end == null ? TopicStatus.GEANNULEERD : ENDS.getOrDefault(end, TopicStatus.GEANNULEERD);
    }
    return runtimeService.getActiveActivityIds(topic.getId()).stream().filter(WAITS::containsKey)
        .map(WAITS::get).findFirst().orElse(TopicStatus.IN_SCREENING);
  }

  private static OffsetDateTime moment(Date date) {
    return date == null ? null : date.toInstant().atZone(K80Time.ZONE).toOffsetDateTime();
  }

  private static Integer days(OffsetDateTime from, OffsetDateTime to) {
    return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(
        from.atZoneSameInstant(K80Time.ZONE).toLocalDate(), to.atZoneSameInstant(K80Time.ZONE).toLocalDate());
  }
}
