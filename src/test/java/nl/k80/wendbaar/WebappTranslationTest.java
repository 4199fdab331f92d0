package nl.k80.wendbaar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch translations of the webapps against the English that Camunda ships in the same
 * version: every label present, every placeholder kept. Fails after a Camunda update that adds
 * labels, saying which to translate.
 */
class WebappTranslationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*\\}\\}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsTranslatedWithItsPlaceholders(String app) throws IOException {
    JsonNode english = read(app, "en").get("labels");
    JsonNode dutch = read(app, "nl").get("labels");
    List<String> missing = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      if (!dutch.has(key)) {
        missing.add(key);
      } else {
        if (dutch.get(key).equals(english.get(key))) {
          unchanged.add(key);
        }
        assertThat(placeholders(dutch.get(key).asText())).as(app + " " + key)
            .isEqualTo(placeholders(english.get(key).asText()));
      }
    });
    assertThat(missing).as("labels of Camunda's " + app + " without a Dutch translation").isEmpty();
    // Some labels read the same in Dutch (ID, JSON, Batch, Tenant); a copied en.json would not pass.
    assertThat(unchanged.size()).as("labels left in English").isLessThan(english.size() / 5);
  }

  private static List<String> placeholders(String label) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(label);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found.stream().sorted().toList();
  }

  private static JsonNode read(String app, String language) throws IOException {
    String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try (InputStream in = WebappTranslationTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return JSON.readTree(in);
    }
  }
}
