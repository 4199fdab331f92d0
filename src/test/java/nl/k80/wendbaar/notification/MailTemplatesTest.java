package nl.k80.wendbaar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mail renders, in both parts, with what it has to tell. */
class MailTemplatesTest {

  static final MailTemplates TEMPLATES = new MailTemplates();

  static Map<String, Object> model(String event) {
    Map<String, Object> model = new HashMap<>(Map.of("mailEvent", event, "reference", "K80-2026-0042",
        "title", "Netcongestie", "screeningRemark", "Welke netbeheerder?", "duplicateOf", "K80-2026-0007",
        "finalDecision", "NIET_OPPAKKEN", "decidedBy", "DAGELIJKS_BESTUUR", "motivation", "Het afwegingskader zegt nee.",
        "boardMotivation", "Het DB is het eens.", "resultSummary", "Regels aangepast"));
    model.put("taskName", "Plan van aanpak K80-2026-0042: Netcongestie");
    return model;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ACCEPTED | kenmerk K80-2026-0042",
      "SUPPLEMENT_REQUESTED | Welke netbeheerder?",
      "CLOSED_UNANSWERED | niet binnen de termijn ontvangen",
      "DUPLICATE | al eerder aangemeld als K80-2026-0007",
      "DECIDED | Besluit van het Dagelijks Bestuur: Niet oppakken.",
      "COMPLETED | Regels aangepast",
      "TASK_ROUTED | Plan van aanpak K80-2026-0042: Netcongestie",
      "REMINDER | nog door niemand opgepakt",
      "ESCALATED | lijst van het Dagelijks Bestuur"})
  void rendersEveryEventInTextAndHtml(String event, String tells) {
    String text = TEMPLATES.text("topic", rendered(model(event)));
    String html = TEMPLATES.html("topic", rendered(model(event)));
    assertThat(text).contains("K80-2026-0042", "Netcongestie", tells, "https://wendbaar.k80.example/");
    assertThat(html).contains("K80-2026-0042", "Netcongestie", "https://wendbaar.k80.example/");
    assertThat(html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")).contains(tells.replaceAll("\\s+", " "));
    assertThat(MailEvent.valueOf(event).subject("K80-2026-0042", "Netcongestie")).startsWith("[K80] K80-2026-0042 Netcongestie: ");
  }

  @ParameterizedTest(name = "board motivation only when the board decided: {0}")
  @CsvSource({"AFWEGINGSKADER, false", "DAGELIJKS_BESTUUR, true"})
  void theBoardsMotivationOnlyWhenTheBoardDecided(String decidedBy, boolean shown) {
    Map<String, Object> model = model("DECIDED");
    model.put("decidedBy", decidedBy);
    assertThat(TEMPLATES.text("topic", rendered(model)).contains("Het DB is het eens.")).isEqualTo(shown);
    assertThat(TEMPLATES.html("topic", rendered(model)).contains("Het DB is het eens.")).isEqualTo(shown);
  }

  static Map<String, Object> rendered(Map<String, Object> facts) {
    return SendTopicMail.model(facts, "https://wendbaar.k80.example");
  }
}
