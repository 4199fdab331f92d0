package nl.k80.wendbaar.routing;

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

  static final String FRAMEWORK = "AFWEGINGSKADER";
  static final String BOARD = "DAGELIJKS_BESTUUR";

  @Override
  public void execute(DelegateExecution execution) {
    String decider = (String) execution.getVariableLocal("decider");
    if (BOARD.equals(decider)) {
      execution.setVariable("finalDecision", execution.getVariable("boardDecision"));
      Object group = execution.getVariable("boardPortfolioGroup");
      if (group != null) {
        execution.setVariable("portfolioGroup", group);
      }
    } else if (FRAMEWORK.equals(decider)) {
      execution.setVariable("finalDecision", execution.getVariable("decision"));
    } else {
      throw new IllegalStateException("Unknown decider " + decider);
    }
    execution.setVariable("decidedBy", decider);
  }
}
