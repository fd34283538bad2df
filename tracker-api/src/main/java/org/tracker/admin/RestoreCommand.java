package org.tracker.admin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.tracker.TrackerApplication;
import org.tracker.shared.Refusal;

/**
 * {@code java -jar tracker.jar restore --db <jdbc url> [--user u] [--password p] --in FILE}:
 * restores an archive ({@link ArchiveCommand}, {@code GET /api/admin/archive}) into an empty store
 * as {@code POST /api/admin/archive} does ({@link Archive#restore}: every line checked, all or
 * nothing), without the HTTP body limit. Tracker starts without its web server, its migrations
 * applied, its seed off; it restores and stops. No projection and no chain writer runs meanwhile:
 * the projections and the seals are made from the restored log by the next start, as after any
 * restore. Prints {@code {"restored": N}}; exit status 0 when restored, 1 when the archive is
 * refused (the reason on standard error, nothing written), 2 when it could not be tried (wrong
 * arguments, an unreadable file, database out of reach). Tracker's logs go to standard error.
 */
public final class RestoreCommand {

  public static final String NAME = "restore";

  private static final String USAGE =
      "usage: java -jar tracker.jar restore --db <jdbc url> [--user <user>] [--password <password>]"
          + " --in <file> (or TRACKER_DB_USER, TRACKER_DB_PASSWORD; the tables' owner, when not"
          + " the user: TRACKER_DB_OWNER_USER, TRACKER_DB_OWNER_PASSWORD)";

  private RestoreCommand() {}

  /** Runs it; answers the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    CommandArguments arguments =
        CommandArguments.parse(
            args, List.of("--db", "--user", "--password", "--in"), List.of("--db", "--in"));
    if (arguments.wrong().isPresent()) {
      err.println(arguments.wrong().get());
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(arguments.get("--in").orElseThrow());
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      err.println("cannot read " + file + ": not a readable file");
      err.println(USAGE);
      return 2;
    }
    PrintStream standardOut = System.out;
    System.setOut(err); // the answer alone on standard output, whatever Tracker logs
    try {
      return restore(arguments, file, out, err);
    } finally {
      System.setOut(standardOut);
    }
  }

  private static int restore(
      CommandArguments arguments, Path file, PrintStream out, PrintStream err) {
    ConfigurableApplicationContext tracker;
    try {
      tracker = start(arguments);
    } catch (RuntimeException e) {
      err.println("cannot restore into " + arguments.db() + ": " + rootMessage(e));
      return 2;
    }
    try (tracker;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      tracker
          .getBean(EventProcessingConfiguration.class)
          .eventProcessors()
          .values()
          .forEach(EventProcessor::shutDown);
      long restored = tracker.getBean(Archive.class).restore(in);
      out.println("{\"restored\": " + restored + "}");
      return 0;
    } catch (Refusal e) {
      err.println("archive refused, nothing restored: " + e.detail());
      return 1;
    } catch (DataIntegrityViolationException e) {
      err.println("archive refused, nothing restored: " + rootMessage(e));
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("cannot read " + file + ", nothing restored: " + rootMessage(e));
      return 2;
    } catch (RuntimeException e) {
      err.println(
          "cannot restore into " + arguments.db() + ", nothing restored: " + rootMessage(e));
      return 2;
    }
  }

  /** Tracker on the database named, without its web server, seed, projections or chain writer. */
  private static ConfigurableApplicationContext start(CommandArguments arguments) {
    System.setProperty("disable-axoniq-console-message", "true");
    List<String> properties = new ArrayList<>();
    properties.add("--tracker.db.url=" + arguments.db());
    properties.add("--tracker.db.user=" + arguments.user());
    properties.add("--tracker.db.password=" + arguments.password());
    properties.add("--tracker.seed.enabled=false");
    properties.add("--tracker.audit.sealing=false");
    return new SpringApplicationBuilder(TrackerApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        // warnings and errors only, less the framework's deprecation notices about Axon's code
        .properties(
            "logging.level.root=WARN", "logging.level.org.springframework.core.annotation=ERROR")
        .run(properties.toArray(String[]::new));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
