package nl.k80.wendbaar.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.k80.wendbaar.identity.K80Groups;

/** Dutch names of the codes the register keeps, in the order report and dashboard show them. */
final class Labels {

  static final Map<String, String> THEMES = ordered(
      "NABIJHEID", "Nabijheid", "VITALE_KERNEN", "Vitale kernen", "WONEN", "Wonen",
      "SOCIAAL_DOMEIN", "Sociaal domein", "LANDELIJK_GEBIED", "Landelijk gebied", "FINANCIEN", "Financiën",
      "WERKGEVERSCHAP", "Werkgeverschap", "OVERIG", "Overig");

  /** What became of a topic: its final decision, or still open, or closed without a decision. */
  static final Map<String, String> OUTCOMES = ordered(
      "OPPAKKEN", "Oppakken", "AANSLUITEN", "Aansluiten", "VOLGEN", "Volgen", "NIET_OPPAKKEN", "Niet oppakken",
      "OPEN", "Nog geen besluit", "GESLOTEN", "Gesloten zonder besluit");

  static final Map<String, String> STATUSES = statuses();

  static final Map<String, String> DECIDERS = Map.of(
      "AFWEGINGSKADER", "Afwegingskader", "DAGELIJKS_BESTUUR", "Dagelijks Bestuur");

  static String theme(String code) {
    return THEMES.getOrDefault(code, code);
  }

  static String outcome(String code) {
    return OUTCOMES.getOrDefault(code, code);
  }

  static String decider(String code) {
    return code == null ? "" : DECIDERS.getOrDefault(code, code);
  }

  static String status(String code) {
    return STATUSES.getOrDefault(code, code);
  }

  static String portfolio(String groupId) {
    if (groupId == null) {
      return "";
    }
    return K80Groups.all().stream().filter(group -> group.id().equals(groupId)).map(K80Groups.Group::name)
        .findFirst().orElse(groupId);
  }

  private static Map<String, String> statuses() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (TopicStatus status : TopicStatus.values()) {
      labels.put(status.name(), status.label());
    }
    return labels;
  }

  private static Map<String, String> ordered(String... codesAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return labels;
  }

  private Labels() {}
}
