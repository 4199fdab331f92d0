package nl.k80.wendbaar.security;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The largest request body the application reads (RequestSizeLimit). Default in application.yaml. */
@ConfigurationProperties("k80.security.requests")
@Validated
public class RequestProperties {

  @NotNull private DataSize maxSize;

  public DataSize getMaxSize() {
    return maxSize;
  }

  public void setMaxSize(DataSize maxSize) {
    this.maxSize = maxSize;
  }
}
