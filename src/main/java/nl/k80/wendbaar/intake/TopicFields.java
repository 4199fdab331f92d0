package nl.k80.wendbaar.intake;

import static nl.k80.wendbaar.topic.TopicIntake.COVERAGE;
import static nl.k80.wendbaar.topic.TopicIntake.DEADLINE;
import static nl.k80.wendbaar.topic.TopicIntake.DESCRIPTION;
import static nl.k80.wendbaar.topic.TopicIntake.IMPACT;
import static nl.k80.wendbaar.topic.TopicIntake.MUNICIPALITY;
import static nl.k80.wendbaar.topic.TopicIntake.REACH;
import static nl.k80.wendbaar.topic.TopicIntake.REQUESTED_ROLE;
import static nl.k80.wendbaar.topic.TopicIntake.SOURCE;
import static nl.k80.wendbaar.topic.TopicIntake.THEME;
import static nl.k80.wendbaar.topic.TopicIntake.TITLE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Coverage;
import nl.k80.wendbaar.topic.Impact;
import nl.k80.wendbaar.topic.Reach;
import nl.k80.wendbaar.topic.RequestedRole;
import nl.k80.wendbaar.topic.Source;
import nl.k80.wendbaar.topic.Theme;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The contract's rules for the fields of a topic. A broken rule is a FormFieldValidationException,
 * which Camunda's REST API answers with HTTP 400, the message naming the field.
 */
final class TopicFields {

  /** Every field of the start form. */
  static void checkSubmission(VariableScope topic) {
    text(topic, TITLE, 3, 200);
    text(topic, DESCRIPTION, 1, 5000);
    text(topic, MUNICIPALITY, 2, 100);
    choice(topic, SOURCE, Source.class);
    checkFrameworkInputs(topic);
  }

  /** The fields the framework weighs, which the secretariat may correct at screening and reassessment. */
  static void checkFrameworkInputs(VariableScope topic) {
    choice(topic, THEME, Theme.class);
    choice(topic, IMPACT, Impact.class);
    choice(topic, REACH, Reach.class);
    choice(topic, COVERAGE, Coverage.class);
    choice(topic, REQUESTED_ROLE, RequestedRole.class);
    deadline(topic);
  }

  static String text(VariableScope scope, String field, int min, int max) {
    Object value = scope.getVariable(field);
    String text = value instanceof String s ? s.strip() : null;
    if (text == null || text.length() < min || text.length() > max) {
      throw invalid(field, "verplicht, " + min + " tot " + max + " tekens");
    }
    return text;
  }

  static <T extends Enum<T> & Choice> T choice(VariableScope scope, String field, Class<T> type) {
    T choice = Choice.of(type, scope.getVariable(field));
    if (choice == null) {
      throw invalid(field, "verplicht, een van " + String.join(", ", Choice.codes(type)));
    }
    return choice;
  }

  static String choice(VariableScope scope, String field, List<String> allowed) {
    Object value = scope.getVariable(field);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw invalid(field, "verplicht, een van " + String.join(", ", allowed));
    }
    return text;
  }

  /** Optional; an empty form field counts as absent and is removed. */
  static void deadline(VariableScope scope) {
    Object value = scope.getVariable(DEADLINE);
    if (value == null || (value instanceof String text && text.isBlank())) {
      if (value != null) {
        scope.removeVariable(DEADLINE);
      }
      return;
    }
    LocalDate deadline;
    try {
      deadline = LocalDate.parse((String) value);
    } catch (ClassCastException | DateTimeParseException e) {
      throw invalid(DEADLINE, "een datum als jjjj-mm-dd");
    }
    // Also at a later step: a deadline that passed while the topic waited no longer counts, and the
    // framework weighs only deadlines ahead, so the step clears it or sets a new one.
    if (deadline.isBefore(K80Time.today())) {
      throw invalid(DEADLINE, "vandaag of later; is de termijn voorbij, maak het veld dan leeg");
    }
  }

  static FormFieldValidationException invalid(String field, String rule) {
    return new FormFieldValidationException(field, "Ongeldige invoer voor veld '" + field + "': " + rule + ".");
  }

  private TopicFields() {}
}
