package nl.k80.wendbaar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class K80WendbaarApplication {

  public static void main(String[] args) {
    SpringApplication.run(K80WendbaarApplication.class, args);
  }
}
