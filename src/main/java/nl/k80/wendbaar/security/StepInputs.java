package nl.k80.wendbaar.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.k80.wendbaar.platform.PlainText;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one step of a process (its start event or a user task) accepts from the user who works on
 * it. The BPMN says it, as the step's extension property "accepts" (Camunda Modeler: Extension
 * properties), for example "partner, partnerApproach" or "candidateDmn:File, changeMotivation". A
 * name alone takes a plain value (text, whole number, yes/no, date); "name:File" takes a file. A
 * step without the property accepts nothing.
 */
record StepInputs(Map<String, Kind> accepted) {

  static final String PROPERTY = "accepts";
  static final PropertyKey<StepInputs> KEY = new PropertyKey<>("k80.stepInputs");
  static final StepInputs NOTHING = new StepInputs(Map.of());

  /** What kind of value an accepted variable may carry. */
  enum Kind {
    PLAIN(Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG, ValueType.BOOLEAN, ValueType.DATE,
        ValueType.NULL), "tekst, een geheel getal, ja/nee of een datum"),
    FILE(Set.of(ValueType.FILE, ValueType.NULL), "een bestand");

    private final Set<ValueType> types;
    private final String description;

    Kind(Set<ValueType> types, String description) {
      this.types = types;
      this.description = description;
    }

    boolean admits(Object value) {
      if (value instanceof TypedValue typed && typed.getType() != null) {
        return types.contains(typed.getType());
      }
      Object raw = value instanceof TypedValue untyped ? untyped.getValue() : value;
      return this == PLAIN && (raw == null || raw instanceof String || raw instanceof Integer || raw instanceof Long
          || raw instanceof Boolean || raw instanceof java.util.Date);
    }
  }

  /** "title, description, candidateDmn:File". */
  static StepInputs parse(String list) {
    Map<String, Kind> accepted = new LinkedHashMap<>();
    Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).forEach(entry -> {
      String[] nameAndKind = entry.split(":", 2);
      Kind kind = nameAndKind.length == 1 ? Kind.PLAIN : Kind.valueOf(nameAndKind[1].strip().toUpperCase());
      accepted.put(nameAndKind[0].strip(), kind);
    });
    return new StepInputs(Collections.unmodifiableMap(accepted));
  }

  static StepInputs of(ActivityImpl step) {
    StepInputs inputs = step == null ? null : step.getProperties().get(KEY);
    return inputs == null ? NOTHING : inputs;
  }

  /**
   * Refuses, naming it, the first variable this step does not accept, whose type it does not take or
   * whose text is not plain (PlainText): a BadUserRequestException, which the REST API answers with
   * 400 (see platform/RestErrorStatus).
   */
  void check(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    for (Map.Entry<String, ?> variable : variables.entrySet()) {
      Kind kind = accepted.get(variable.getKey());
      if (kind == null) {
        throw new BadUserRequestException("Ongeldige invoer: variabele '" + variable.getKey()
            + "' hoort niet bij deze stap" + (accepted.isEmpty() ? "; deze stap neemt geen variabelen aan."
            : "; deze stap neemt alleen aan: " + String.join(", ", accepted.keySet()) + "."));
      }
      Object value = valueOf(variables, variable.getKey());
      if (!kind.admits(value)) {
        throw new BadUserRequestException("Ongeldige invoer voor veld '" + variable.getKey()
            + "': alleen " + kind.description + " (geen Object, Json, Xml of Bytes).");
      }
      String text = textOf(value);
      if (text != null && !PlainText.isPlain(text)) {
        throw new BadUserRequestException("Ongeldige invoer voor veld '" + variable.getKey() + "': alleen "
            + PlainText.RULE + ".");
      }
    }
  }

  /** The text of a value, or a file's name: what is stored as text. */
  private static String textOf(Object value) {
    if (value instanceof FileValue file) {
      return file.getFilename();
    }
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    return raw instanceof String text ? text : null;
  }

  /** The value as the caller sent it; typed values are never deserialized here. */
  private static Object valueOf(Map<String, ?> variables, String name) {
    if (variables instanceof org.camunda.bpm.engine.variable.VariableMap typed) {
      return typed.getValueTyped(name);
    }
    return variables.get(name);
  }
}
