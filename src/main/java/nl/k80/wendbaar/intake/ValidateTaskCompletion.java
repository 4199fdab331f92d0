package nl.k80.wendbaar.intake;

import static nl.k80.wendbaar.topic.TopicIntake.BOARD_DECISION_VARIABLE;
import static nl.k80.wendbaar.topic.TopicIntake.BOARD_MOTIVATION;
import static nl.k80.wendbaar.topic.TopicIntake.BOARD_PORTFOLIO_GROUP;

import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.ScreeningOutcome;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * End listener of every user task of topicIntake: the variables the contract requires of that
 * task, or HTTP 400 naming the field, and the task stays open. An execution listener rather than
 * a task listener: the engine wraps a task listener's exception into a generic one, which the REST
 * API answers with 500. Which variables a task accepts at all is the BPMN's (StepInputs).
 */
@Component("validateTaskCompletion")
class ValidateTaskCompletion implements ExecutionListener {

  private static final String REFERENCE_FORMAT = "K80-\\d{4}-\\d{4,}";

  private final HistoryService historyService;

  ValidateTaskCompletion(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    switch (task.getCurrentActivityId()) {
      case TopicIntake.SCREEN -> screening(task);
      case TopicIntake.SUPPLEMENT -> TopicFields.checkSubmission(task);
      case TopicIntake.REASSESS -> TopicFields.checkFrameworkInputs(task);
      case TopicIntake.BOARD_DECISION -> boardDecision(task);
      case TopicIntake.PLAN -> TopicFields.text(task, "approachPlan", 1, 5000);
      case TopicIntake.EXECUTE -> TopicFields.text(task, "resultSummary", 1, 5000);
      case TopicIntake.JOIN_PARTNER -> {
        TopicFields.text(task, "partner", 2, 200);
        TopicFields.text(task, "partnerApproach", 1, 5000);
      }
      default -> throw new IllegalStateException("No completion rules for task " + task.getCurrentActivityId());
    }
  }

  private void screening(DelegateExecution task) {
    switch (TopicFields.choice(task, "screeningOutcome", ScreeningOutcome.class)) {
      case COMPLEET -> TopicFields.checkSubmission(task);
      case AANVULLEN -> TopicFields.text(task, "screeningRemark", 1, 2000);
      case DUPLICAAT -> duplicateOf(task);
    }
  }

  private void duplicateOf(DelegateExecution task) {
    String original = TopicFields.text(task, "duplicateOf", 1, 20);
    boolean exists = original.matches(REFERENCE_FORMAT)
        && !original.equals(task.getVariable(TopicIntake.REFERENCE))
        && Context.getCommandContext().runWithoutAuthorization(() -> historyService
            .createHistoricProcessInstanceQuery().processDefinitionKey(TopicIntake.PROCESS)
            .processInstanceBusinessKey(original).count() > 0);
    if (!exists) {
      throw TopicFields.invalid("duplicateOf", "het kenmerk (K80-jjjj-nnnn) van een ander, bestaand thema");
    }
  }

  private void boardDecision(DelegateExecution task) {
    TopicFields.choice(task, BOARD_DECISION_VARIABLE, Decision.finalDecisions().stream().map(Enum::name).toList());
    TopicFields.text(task, BOARD_MOTIVATION, 1, 5000);
    Object group = task.getVariable(BOARD_PORTFOLIO_GROUP);
    if (group instanceof String text && text.isBlank()) {
      task.removeVariable(BOARD_PORTFOLIO_GROUP);
    } else if (group != null) {
      TopicFields.choice(task, BOARD_PORTFOLIO_GROUP, Theme.portfolioGroups());
    }
  }
}
