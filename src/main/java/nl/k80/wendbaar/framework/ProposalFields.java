package nl.k80.wendbaar.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The contract's rules for what the steps of frameworkChange accept, as listeners in the BPMN
 * (${proposalFields.proposal(execution)} and so on). A broken rule is a FormFieldValidationException:
 * HTTP 400 naming the field, and nothing changes.
 */
@Component("proposalFields")
public class ProposalFields {

  /** The contract's limit of a candidate file. */
  static final int MAX_CANDIDATE_BYTES = 1024 * 1024;
  static final int MAX_TEXT = 5000;

  /** Start: a candidate .dmn and a motivation, both required. */
  public void proposal(DelegateExecution proposal) {
    candidate(proposal);
    text(proposal, FrameworkChange.MOTIVATION);
  }

  /** reviseFrameworkChange: withdraw, or a new candidate. */
  public void revision(DelegateExecution proposal) {
    Revision revision = choice(proposal, FrameworkChange.REVISION, Revision.class);
    if (revision == Revision.OPNIEUW_INDIENEN) {
      candidate(proposal);
      text(proposal, FrameworkChange.MOTIVATION);
    }
  }

  /**
   * approveFrameworkChange: approve or reject, always with a motivation, and never by whoever
   * proposed the change (a board member who is in the secretariat too): four eyes.
   */
  public void approval(DelegateExecution proposal) {
    choice(proposal, FrameworkChange.APPROVAL, Approval.class);
    text(proposal, FrameworkChange.APPROVAL_MOTIVATION);
    String judge = Context.getCommandContext().getAuthenticatedUserId();
    if (judge != null && judge.equals(proposal.getVariable(FrameworkChange.PROPOSER))) {
      throw invalid(FrameworkChange.APPROVAL, "wie de wijziging voorstelde, beoordeelt haar niet zelf;"
          + " een ander lid van het Dagelijks Bestuur doet dat");
    }
  }

  private static void candidate(DelegateExecution proposal) {
    FileValue file = proposal.getVariableTyped(FrameworkChange.CANDIDATE) instanceof FileValue value ? value
        : null;
    if (file == null || file.getValue() == null) {
      throw invalid(FrameworkChange.CANDIDATE, "verplicht, een .dmn-bestand uit Camunda Modeler");
    }
    String name = file.getFilename() == null ? "" : file.getFilename().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".dmn")) {
      throw invalid(FrameworkChange.CANDIDATE, "een bestand met de extensie .dmn");
    }
    if (bytes(file) > MAX_CANDIDATE_BYTES) {
      throw invalid(FrameworkChange.CANDIDATE, "ten hoogste 1 MB");
    }
  }

  private static long bytes(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw invalid(FrameworkChange.CANDIDATE, "een leesbaar bestand");
    }
  }

  private static void text(DelegateExecution proposal, String field) {
    Object value = proposal.getVariable(field);
    String text = value instanceof String s ? s.strip() : null;
    if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
      throw invalid(field, "verplicht, 1 tot " + MAX_TEXT + " tekens");
    }
  }

  private static <T extends Enum<T> & Choice> T choice(DelegateExecution proposal, String field, Class<T> type) {
    T choice = Choice.of(type, proposal.getVariable(field));
    if (choice == null) {
      throw invalid(field, "verplicht, een van " + String.join(", ", Choice.codes(type)));
    }
    return choice;
  }

  private static FormFieldValidationException invalid(String field, String rule) {
    return new FormFieldValidationException(field, "Ongeldige invoer voor veld '" + field + "': " + rule + ".");
  }
}
