package nl.k80.wendbaar.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.register.TopicRegister;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The inputs the afwegingskader derives rather than asks, computed just before every assessment
 * so that a reassessment weighs today's numbers: weeksToDeadline, activeTopicsInPortfolio (the
 * register's count of the portfolio's topics being planned or executed, the number the board
 * dashboard shows) and maxActiveTopics (configuration, not a literal in the table); and the
 * version of topicAssessment that is the newest now, which the model then evaluates (and the
 * register records).
 */
@Component("deriveAssessmentInputs")
public class DeriveAssessmentInputs implements JavaDelegate {

  private final TopicRegister register;
  private final RepositoryService repositoryService;
  private final AssessmentProperties properties;

  public DeriveAssessmentInputs(TopicRegister register, RepositoryService repositoryService,
      AssessmentProperties properties) {
    this.register = register;
    this.repositoryService = repositoryService;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("weeksToDeadline", weeksToDeadline((String) execution.getVariable(TopicIntake.DEADLINE)));
    execution.setVariable("activeTopicsInPortfolio",
        register.inWork((String) execution.getVariable(TopicIntake.PORTFOLIO_GROUP)));
    execution.setVariable("maxActiveTopics", properties.getMaxActiveTopics());
    execution.setVariable(TopicIntake.ASSESSMENT_VERSION, Context.getCommandContext().runWithoutAuthorization(() ->
        repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(TopicIntake.ASSESSMENT_DECISION)
            .latestVersion().singleResult().getVersion()));
  }

  /** Whole days until the deadline divided by 7, rounded down; null without a deadline. */
  static Integer weeksToDeadline(String influenceDeadline) {
    if (influenceDeadline == null) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(K80Time.today(), LocalDate.parse(influenceDeadline));
    return (int) Math.floorDiv(days, 7);
  }
}
