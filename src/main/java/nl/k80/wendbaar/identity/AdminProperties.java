package nl.k80.wendbaar.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The operator account outside the demo profile; supplied from the environment only. */
@ConfigurationProperties("k80.admin")
public record AdminProperties(String user, String password) {

  boolean isComplete() {
    return user != null && !user.isBlank() && password != null && !password.isBlank();
  }
}
