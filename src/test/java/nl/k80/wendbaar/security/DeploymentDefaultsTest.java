package nl.k80.wendbaar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What an IT supplier gets without changing anything is safe: production profile, mail catcher local only. */
class DeploymentDefaultsTest {

  @Test
  void theImageRunsInProductionUnlessToldOtherwise() throws IOException {
    assertThat(Files.readAllLines(Path.of("Dockerfile"))).contains("ENV SPRING_PROFILES_ACTIVE=prod");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composePublishesTheMailCatcherOnThisMachineOnly() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat((List<String>) services.get("mail").get("ports")).isNotEmpty()
        .allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
    assertThat(((Map<String, Object>) services.get("app").get("environment")).get("SPRING_PROFILES_ACTIVE"))
        .isEqualTo("prod");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMailServerThatNeverAnswersCannotHoldAJobThreadPastItsLock() throws IOException {
    Map<String, Object> settings = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml")));
    Map<String, Object> spring = (Map<String, Object>) settings.get("spring");
    Map<String, Object> mail = (Map<String, Object>) ((Map<String, Object>) spring.get("mail")).get("properties");
    Map<String, Object> camunda = (Map<String, Object>) ((Map<String, Object>) settings.get("camunda")).get("bpm");
    int lock = (Integer) ((Map<String, Object>) camunda.get("job-execution")).get("lock-time-in-millis");
    for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
      assertThat((Integer) mail.get("[" + timeout + "]")).as(timeout).isPositive().isLessThan(lock / 2);
    }
  }
}
