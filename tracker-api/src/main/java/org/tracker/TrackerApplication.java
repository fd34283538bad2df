package org.tracker;

import java.util.Arrays;
import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tracker.audit.VerifyCommand;

/** Tracker: an event-sourced timeline and policy tracker for international-relations analysts. */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TrackerApplication {

  /**
   * Starts Tracker; or, with {@code verify} first, only verifies a database's hash chain and exits
   * with its status (docs/operations.md), starting nothing else.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(VerifyCommand.NAME)) {
      System.exit(
          VerifyCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(TrackerApplication.class, args);
  }
}
