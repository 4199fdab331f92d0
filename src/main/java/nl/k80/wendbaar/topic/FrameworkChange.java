package nl.k80.wendbaar.topic;

import java.util.List;

/**
 * The ids of process frameworkChange (processes/framework/frameworkChange.bpmn) that code refers to,
 * and the three decisions of the afwegingskader's DRD that a candidate must keep.
 */
public final class FrameworkChange {

  public static final String PROCESS = "frameworkChange";
  public static final String REVISE = "reviseFrameworkChange";
  public static final String APPROVE = "approveFrameworkChange";

  // What the proposer sends.
  public static final String CANDIDATE = "candidateDmn";
  public static final String MOTIVATION = "changeMotivation";
  public static final String REVISION = "revision";
  public static final String PROPOSER = "proposer";
  // What the process finds.
  public static final String CHECK_PASSED = "checkPassed";
  public static final String CHECK_FINDINGS = "checkFindings";
  public static final String WHAT_IF = "whatIf";
  public static final String WHAT_IF_CHANGED_TOPICS = "whatIfChangedTopics";
  public static final String COMPARED_VERSION = "comparedVersion";
  // What the board decides, and what follows.
  public static final String APPROVAL = "approval";
  public static final String APPROVAL_MOTIVATION = "approvalMotivation";
  public static final String DEPLOYED_VERSION = "deployedVersion";

  /** The decisions of the DRD, in the order they are evaluated. */
  public static final String ROUTING = "portfolioRouting";
  public static final String RELEVANCE = "topicRelevance";
  public static final String ASSESSMENT = TopicIntake.ASSESSMENT_DECISION;
  public static final List<String> DECISIONS = List.of(ROUTING, RELEVANCE, ASSESSMENT);
  /** The name of the DRD's resource in every deployment, shipped or approved. */
  public static final String RESOURCE = "topicAssessment.dmn";

  private FrameworkChange() {}
}
