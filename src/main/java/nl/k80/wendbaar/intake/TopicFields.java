package nl.k80.wendbaar.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The contract's rules for the fields of a topic. A broken rule is a FormFieldValidationException,
 * which Camunda's REST API answers with HTTP 400, the message naming the field.
 */
final class TopicFields {

  static final Map<String, List<String>> CHOICES = Map.of(
      "source", List.of("VNG", "RIJK", "PROVINCIE", "LID", "EUROPA", "OVERIG"),
      "theme", List.of("NABIJHEID", "VITALE_KERNEN", "WONEN", "SOCIAAL_DOMEIN", "LANDELIJK_GEBIED", "FINANCIEN",
          "WERKGEVERSCHAP", "OVERIG"),
      "smallMunicipalityImpact", List.of("SPECIFIEK", "ALGEMEEN", "NIET"),
      "membersAffected", List.of("MEESTE", "DEEL", "ENKELE"),
      "coveredElsewhere", List.of("NEE", "DEELS", "JA"),
      "requestedRole", List.of("LOBBY", "KENNISDELING", "BEIDE"));

  /** Inputs of the afwegingskader that the secretariat may correct at screening and reassessment. */
  static final List<String> FRAMEWORK_CHOICES = List.of("theme", "smallMunicipalityImpact", "membersAffected",
      "coveredElsewhere", "requestedRole");

  /** Every field of the start form. */
  static void checkSubmission(VariableScope topic) {
    text(topic, "title", 3, 200);
    text(topic, "description", 1, 5000);
    text(topic, "municipality", 2, 100);
    choice(topic, "source");
    checkFrameworkInputs(topic);
  }

  /** The fields the framework weighs. */
  static void checkFrameworkInputs(VariableScope topic) {
    FRAMEWORK_CHOICES.forEach(field -> choice(topic, field));
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

  static String choice(VariableScope scope, String field) {
    return choice(scope, field, CHOICES.get(field));
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
    Object value = scope.getVariable("influenceDeadline");
    if (value == null || (value instanceof String text && text.isBlank())) {
      if (value != null) {
        scope.removeVariable("influenceDeadline");
      }
      return;
    }
    LocalDate deadline;
    try {
      deadline = LocalDate.parse((String) value);
    } catch (ClassCastException | DateTimeParseException e) {
      throw invalid("influenceDeadline", "een datum als jjjj-mm-dd");
    }
    if (deadline.isBefore(K80Time.today())) {
      throw invalid("influenceDeadline", "vandaag of later");
    }
  }

  static FormFieldValidationException invalid(String field, String rule) {
    return new FormFieldValidationException(field, "Ongeldige invoer voor veld '" + field + "': " + rule + ".");
  }

  private TopicFields() {}
}
