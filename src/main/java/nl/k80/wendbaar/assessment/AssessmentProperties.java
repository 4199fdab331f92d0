package nl.k80.wendbaar.assessment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The afwegingskader's setting outside the table: how many running topics (plan or execution) a
 * portfolio carries before a very relevant new one goes to the board. Default in application.yaml.
 */
@ConfigurationProperties("k80.assessment")
@Validated
public class AssessmentProperties {

  @Min(1) private int maxActiveTopics;

  public int getMaxActiveTopics() {
    return maxActiveTopics;
  }

  public void setMaxActiveTopics(int maxActiveTopics) {
    this.maxActiveTopics = maxActiveTopics;
  }
}
