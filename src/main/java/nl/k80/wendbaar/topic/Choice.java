package nl.k80.wendbaar.topic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value a user picks for a topic (a theme, a source, a decision, ...): its code, as the contract,
 * the forms, the DMN and the process variables spell it (the enum constant's name), and its Dutch label.
 */
public interface Choice {

  String name();

  String label();

  /** The Dutch label of a code, or the code itself where it is none of the type's. */
  static <T extends Enum<T> & Choice> String label(Class<T> type, Object code) {
    T choice = of(type, code);
    return choice != null ? choice.label() : code == null ? "" : code.toString();
  }

  /** Every code of the type with its Dutch label, in the type's order (for templates and the dashboard). */
  static <T extends Enum<T> & Choice> Map<String, String> labels(Class<T> type) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (T choice : type.getEnumConstants()) {
      labels.put(choice.name(), choice.label());
    }
    return labels;
  }

  /** The codes of the type, in its order. */
  static <T extends Enum<T> & Choice> List<String> codes(Class<T> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The constant with this code, or null for anything else (a missing or unknown value). */
  static <T extends Enum<T> & Choice> T of(Class<T> type, Object code) {
    for (T choice : type.getEnumConstants()) {
      if (choice.name().equals(code)) {
        return choice;
      }
    }
    return null;
  }
}
