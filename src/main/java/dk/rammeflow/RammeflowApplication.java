package dk.rammeflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RammeflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(RammeflowApplication.class, args);
  }
}
