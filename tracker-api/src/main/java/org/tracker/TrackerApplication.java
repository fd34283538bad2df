package org.tracker;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tracker: an event-sourced timeline and policy tracker for international-relations analysts. */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TrackerApplication {

  public static void main(String[] args) {
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(TrackerApplication.class, args);
  }
}
