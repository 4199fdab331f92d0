package nl.k80.wendbaar.topic;

import java.util.List;

/**
 * The ids of process topicIntake (processes/intake/topicIntake.bpmn) that code refers to: the
 * process key, its activities and the variables the contract names.
 */
public final class TopicIntake {

  public static final String PROCESS = "topicIntake";

  // Activities where a topic waits for somebody, in the order of the model.
  public static final String SCREEN = "screenTopic";
  public static final String SUPPLEMENT = "supplementTopic";
  public static final String BOARD_DECISION = "boardDecision";
  public static final String PLAN = "planTopic";
  public static final String EXECUTE = "executeTopic";
  public static final String JOIN_PARTNER = "joinPartner";
  public static final String WATCH_PERIOD = "watchPeriod";
  public static final String REASSESS = "reassessTopic";

  // Where a decision the topic acts on is recorded.
  public static final String RECORD_FRAMEWORK_DECISION = "recordFrameworkDecision";
  public static final String RECORD_BOARD_DECISION = "recordBoardDecision";
  public static final List<String> DECISION_RECORDS = List.of(RECORD_FRAMEWORK_DECISION, RECORD_BOARD_DECISION);

  // The ends of a topic.
  public static final String COMPLETED = "topicCompleted";
  public static final String JOINED_PARTNER = "joinedPartner";
  public static final String NOT_TAKEN_UP = "notTakenUp";
  public static final String CLOSED_AS_DUPLICATE = "closedAsDuplicate";
  public static final String CLOSED_NOT_SUPPLEMENTED = "closedNotSupplemented";

  // Variables.
  public static final String REFERENCE = "reference";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String MUNICIPALITY = "municipality";
  public static final String SOURCE = "source";
  public static final String THEME = "theme";
  public static final String IMPACT = "smallMunicipalityImpact";
  public static final String REACH = "membersAffected";
  public static final String COVERAGE = "coveredElsewhere";
  public static final String REQUESTED_ROLE = "requestedRole";
  public static final String DEADLINE = "influenceDeadline";
  public static final String SUBMITTER = "submitter";
  public static final String PORTFOLIO_GROUP = "portfolioGroup";
  public static final String DECISION = "decision";
  public static final String MOTIVATION = "motivation";
  public static final String FINAL_DECISION = "finalDecision";
  public static final String DECIDED_BY = "decidedBy";
  public static final String BOARD_DECISION_VARIABLE = "boardDecision";
  public static final String BOARD_MOTIVATION = "boardMotivation";
  public static final String BOARD_PORTFOLIO_GROUP = "boardPortfolioGroup";
  public static final String SCREENING_REMARK = "screeningRemark";
  /** The version of the DMN topicAssessment that assesses the topic (set just before it does). */
  public static final String ASSESSMENT_VERSION = "assessmentVersion";
  /** The decision topicAssessment, and the DRD's other decisions. */
  public static final String ASSESSMENT_DECISION = "topicAssessment";

  private TopicIntake() {}
}
