package bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * A bare Camunda 7.24 application for the load benchmark's yardstick: the same libraries,
 * database and engine settings as K80 Wendbaar, none of its code, and one process
 * (benchmark/bare.bpmn: start, one DMN, one user task), its REST API without authentication.
 * Outside the package nl.k80.wendbaar, so neither application scans the other.
 */
@SpringBootApplication(exclude = {SecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class})
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareEngineApplication.class, args);
  }
}
