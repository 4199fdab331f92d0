package nl.k80.wendbaar.followup;

import static nl.k80.wendbaar.topic.TopicIntake.BOARD_DECISION_VARIABLE;
import static nl.k80.wendbaar.topic.TopicIntake.BOARD_PORTFOLIO_GROUP;
import static nl.k80.wendbaar.topic.TopicIntake.DECIDED_BY;
import static nl.k80.wendbaar.topic.TopicIntake.DECISION;
import static nl.k80.wendbaar.topic.TopicIntake.FINAL_DECISION;
import static nl.k80.wendbaar.topic.TopicIntake.PORTFOLIO_GROUP;

import nl.k80.wendbaar.topic.Decider;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the decision the process acts on: finalDecision and decidedBy. The BPMN says who
 * decided (input "decider"): the afwegingskader's decision, or the board's, which may also move
 * the topic to another portfolio.
 */
@Component("recordDecision")
public class RecordDecision implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Decider decider = Decider.valueOf((String) execution.getVariableLocal("decider"));
    if (decider == Decider.DAGELIJKS_BESTUUR) {
      execution.setVariable(FINAL_DECISION, execution.getVariable(BOARD_DECISION_VARIABLE));
      Object group = execution.getVariable(BOARD_PORTFOLIO_GROUP);
      if (group != null) {
        execution.setVariable(PORTFOLIO_GROUP, group);
      }
    } else {
      execution.setVariable(FINAL_DECISION, execution.getVariable(DECISION));
    }
    execution.setVariable(DECIDED_BY, decider.name());
  }
}
