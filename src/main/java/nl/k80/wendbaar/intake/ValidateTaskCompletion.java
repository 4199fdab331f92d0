package nl.k80.wendbaar.intake;

import java.util.List;
import nl.k80.wendbaar.identity.K80Groups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * End listener of every user task of topicIntake: the variables the contract requires of that
 * task, or HTTP 400 naming the field, and the task stays open. An execution listener rather than
 * a task listener: the engine wraps a task listener's exception into a generic one, which the REST
 * API answers with 500.
 */
@Component("validateTaskCompletion")
class ValidateTaskCompletion implements ExecutionListener {

  static final List<String> SCREENING_OUTCOMES = List.of("COMPLEET", "AANVULLEN", "DUPLICAAT");
  static final List<String> BOARD_DECISIONS = List.of("OPPAKKEN", "AANSLUITEN", "VOLGEN", "NIET_OPPAKKEN");
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
      case "screenTopic" -> screening(task);
      case "supplementTopic" -> TopicFields.checkSubmission(task);
      case "reassessTopic" -> TopicFields.checkFrameworkInputs(task);
      case "boardDecision" -> boardDecision(task);
      case "planTopic" -> TopicFields.text(task, "approachPlan", 1, 5000);
      case "executeTopic" -> TopicFields.text(task, "resultSummary", 1, 5000);
      case "joinPartner" -> {
        TopicFields.text(task, "partner", 2, 200);
        TopicFields.text(task, "partnerApproach", 1, 5000);
      }
      default -> throw new IllegalStateException("No completion rules for task " + task.getCurrentActivityId());
    }
  }

  private void screening(DelegateExecution task) {
    switch (TopicFields.choice(task, "screeningOutcome", SCREENING_OUTCOMES)) {
      case "COMPLEET" -> TopicFields.checkSubmission(task);
      case "AANVULLEN" -> TopicFields.text(task, "screeningRemark", 1, 2000);
      default -> duplicateOf(task);
    }
  }

  private void duplicateOf(DelegateExecution task) {
    String original = TopicFields.text(task, "duplicateOf", 1, 20);
    boolean exists = original.matches(REFERENCE_FORMAT)
        && !original.equals(task.getVariable("reference"))
        && Context.getCommandContext().runWithoutAuthorization(() -> historyService
            .createHistoricProcessInstanceQuery().processDefinitionKey("topicIntake")
            .processInstanceBusinessKey(original).count() > 0);
    if (!exists) {
      throw TopicFields.invalid("duplicateOf", "het kenmerk (K80-jjjj-nnnn) van een ander, bestaand thema");
    }
  }

  private void boardDecision(DelegateExecution task) {
    TopicFields.choice(task, "boardDecision", BOARD_DECISIONS);
    TopicFields.text(task, "boardMotivation", 1, 5000);
    Object group = task.getVariable("boardPortfolioGroup");
    if (group instanceof String text && text.isBlank()) {
      task.removeVariable("boardPortfolioGroup");
    } else if (group != null) {
      List<String> groups = new java.util.ArrayList<>(K80Groups.portfolioIds());
      groups.add(K80Groups.BOARD);
      TopicFields.choice(task, "boardPortfolioGroup", groups);
    }
  }
}
