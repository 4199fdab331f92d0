package nl.k80.wendbaar.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.k80.wendbaar.topic.FrameworkChange;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every topic the afwegingskader has assessed, read from Camunda's decision history: per topic the
 * inputs and the decision of its latest evaluation of topicAssessment (the root of the DRD) and of
 * the topicRelevance evaluated with it, with the reference and title from the register. Read with
 * two plain queries instead of the history API, which would load every evaluation one by one.
 */
@Component
class PastAssessments {

  /** The variable an input column reads: "theme", or the first argument of "assert(theme, ...)". */
  private static final Pattern VARIABLE = Pattern.compile("^\\s*(?:assert\\s*\\(\\s*)?([A-Za-z_][A-Za-z0-9_]*)");

  private static final Map<String, List<String>> NEEDED = Map.of(
      FrameworkChange.RELEVANCE, List.of(TopicIntake.THEME, TopicIntake.IMPACT, TopicIntake.REACH, TopicIntake.COVERAGE,
          "weeksToDeadline"),
      FrameworkChange.ASSESSMENT, List.of("activeTopicsInPortfolio", "maxActiveTopics"));

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;

  PastAssessments(JdbcTemplate jdbc, RepositoryService repositoryService) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
  }

  private static final class Latest {
    String rootId;
    Timestamp evaluated;
    String definitionId;
    String decision;
    String reference;
    String title;
    final Map<String, Object> inputs = new HashMap<>();
  }

  List<PastAssessment> all() {
    // Per deployed version, the input columns this reads: the topic's inputs from topicRelevance, the
    // portfolio's load and maximum from topicAssessment.
    Map<String, Map<String, String>> variablesByClause = new HashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    for (String key : List.of(FrameworkChange.ASSESSMENT, FrameworkChange.RELEVANCE)) {
      for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
          .list()) {
        versions.put(definition.getId(), definition.getVersion());
        Map<String, String> clauses = clauseVariables(definition);
        clauses.values().removeIf(variable -> !NEEDED.get(key).contains(variable));
        variablesByClause.put(definition.getId(), clauses);
      }
    }

    Map<String, Latest> byTopic = new HashMap<>();
    jdbc.query("SELECT d.ID_, d.PROC_INST_ID_, d.EVAL_TIME_, d.DEC_DEF_ID_, o.TEXT_, k.reference, k.title"
        + " FROM ACT_HI_DECINST d JOIN k80_topic k ON k.process_instance_id = d.PROC_INST_ID_"
        + " LEFT JOIN ACT_HI_DEC_OUT o ON o.DEC_INST_ID_ = d.ID_ AND o.VAR_NAME_ = ?"
        + " WHERE d.DEC_DEF_KEY_ = ?", (ResultSet row) -> {
          Timestamp evaluated = row.getTimestamp(3);
          Latest latest = byTopic.computeIfAbsent(row.getString(2), topic -> new Latest());
          if (latest.evaluated == null || evaluated.after(latest.evaluated)
              || (evaluated.equals(latest.evaluated) && row.getString(1).compareTo(latest.rootId) > 0)) {
            latest.rootId = row.getString(1);
            latest.evaluated = evaluated;
            latest.definitionId = row.getString(4);
            latest.decision = row.getString(5);
            latest.reference = row.getString(6);
            latest.title = row.getString(7);
          }
        }, TopicIntake.DECISION, FrameworkChange.ASSESSMENT);

    Map<String, Latest> byRoot = new HashMap<>();
    byTopic.values().forEach(latest -> byRoot.put(latest.rootId, latest));
    List<String> clauseIds = variablesByClause.values().stream().flatMap(clauses -> clauses.keySet().stream())
        .distinct().toList();
    List<Object> args = new ArrayList<>(List.of(FrameworkChange.ASSESSMENT, FrameworkChange.RELEVANCE));
    args.addAll(clauseIds);
    jdbc.query("SELECT COALESCE(d.ROOT_DEC_INST_ID_, d.ID_), d.DEC_DEF_ID_, i.CLAUSE_ID_, i.TEXT_, i.LONG_, i.VAR_TYPE_"
        + " FROM ACT_HI_DECINST d JOIN ACT_HI_DEC_IN i ON i.DEC_INST_ID_ = d.ID_"
        + " WHERE d.DEC_DEF_KEY_ IN (?, ?) AND d.PROC_INST_ID_ IS NOT NULL AND i.CLAUSE_ID_ IN ("
        + String.join(", ", Collections.nCopies(clauseIds.size(), "?")) + ")", (ResultSet row) -> {
          Latest latest = byRoot.get(row.getString(1));
          String variable = variablesByClause.getOrDefault(row.getString(2), Map.of()).get(row.getString(3));
          if (latest != null && variable != null) {
            latest.inputs.put(variable, value(row));
          }
        }, args.toArray());

    List<PastAssessment> assessments = new ArrayList<>(byTopic.size());
    for (Latest latest : byTopic.values()) {
      Map<String, Object> in = latest.inputs;
      assessments.add(new PastAssessment(latest.reference, latest.title, new Inputs(
          (String) in.get(TopicIntake.THEME), (String) in.get(TopicIntake.IMPACT), (String) in.get(TopicIntake.REACH),
          (String) in.get(TopicIntake.COVERAGE), (Integer) in.get("weeksToDeadline"),
          zeroIfAbsent(in.get("activeTopicsInPortfolio")), zeroIfAbsent(in.get("maxActiveTopics"))),
          latest.decision, versions.getOrDefault(latest.definitionId, 0)));
    }
    return assessments;
  }

  /** Input column id to the variable it reads, for one deployed version of a decision. */
  private Map<String, String> clauseVariables(DecisionDefinition definition) {
    Map<String, String> variables = new HashMap<>();
    if (repositoryService.getDmnModelInstance(definition.getId()).getModelElementById(definition.getKey())
        instanceof org.camunda.bpm.model.dmn.instance.Decision decision
        && decision.getExpression() instanceof DecisionTable table) {
      for (Input input : table.getInputs()) {
        Matcher variable = VARIABLE.matcher(input.getInputExpression().getText().getTextContent());
        if (variable.find()) {
          variables.put(input.getId(), variable.group(1));
        }
      }
    }
    return variables;
  }

  private static Object value(ResultSet row) throws SQLException {
    String type = row.getString(6);
    if ("string".equals(type)) {
      return row.getString(4);
    }
    long number = row.getLong(5);
    return row.wasNull() ? null : (int) number;
  }

  private static int zeroIfAbsent(Object value) {
    return value == null ? 0 : (Integer) value;
  }
}
