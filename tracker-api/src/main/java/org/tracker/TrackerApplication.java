package org.tracker;

import java.util.Arrays;
import java.util.List;
import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tracker.admin.ArchiveCommand;
import org.tracker.admin.RestoreCommand;
import org.tracker.audit.VerifyCommand;

/** Tracker: an event-sourced timeline and policy tracker for international-relations analysts. */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TrackerApplication {

  /**
   * Starts Tracker; or, with a command first, runs only that and exits with its status
   * (docs/operations.md): {@code verify} a database's hash chain, {@code archive} its log, {@code
   * restore} an archive into an empty one.
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case VerifyCommand.NAME -> System.exit(VerifyCommand.run(rest, System.out, System.err));
        case ArchiveCommand.NAME -> System.exit(ArchiveCommand.run(rest, System.out, System.err));
        case RestoreCommand.NAME -> System.exit(RestoreCommand.run(rest, System.out, System.err));
        default -> {
          // the application itself, its arguments Spring's
        }
      }
    }
    System.setProperty("disable-axoniq-console-message", "true");
    SpringApplication.run(TrackerApplication.class, args);
  }
}
