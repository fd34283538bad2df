package org.tracker.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracker.audit.chain.ChainVerifier;
import org.tracker.audit.chain.Verification;

/**
 * {@code java -jar tracker.jar verify --db <jdbc url> [--user u] [--password p]}: recomputes the
 * hash chain with nothing but JDBC (no web server, no Spring, no Axon) and prints what {@code GET
 * /api/audit/verify} answers. Exit status 0 when the chain holds, 1 when it breaks, 2 when it could
 * not be checked (wrong arguments, database out of reach).
 */
public final class VerifyCommand {

  public static final String NAME = "verify";

  private static final String USAGE =
      "usage: java -jar tracker.jar verify --db <jdbc url> [--user <user>] [--password <password>]"
          + " (or TRACKER_DB_PASSWORD)";

  private VerifyCommand() {}

  /** Runs it; answers the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!List.of("--db", "--user", "--password").contains(arg) || i + 1 == args.size()) {
        err.println("unknown or incomplete argument: " + arg);
        err.println(USAGE);
        return 2;
      }
      options.put(arg.substring(2), args.get(++i));
    }
    if (!options.containsKey("db")) {
      err.println("--db is needed");
      err.println(USAGE);
      return 2;
    }
    String user = options.getOrDefault("user", "postgres");
    String password =
        options.getOrDefault("password", System.getenv().getOrDefault("TRACKER_DB_PASSWORD", ""));
    try (Connection c = DriverManager.getConnection(options.get("db"), user, password)) {
      Verification verification = new ChainVerifier(Clock.systemUTC()).verify(c);
      ObjectMapper json =
          new ObjectMapper()
              .setSerializationInclusion(JsonInclude.Include.NON_NULL)
              .enable(SerializationFeature.INDENT_OUTPUT);
      out.println(json.writeValueAsString(verification));
      return verification.holds() ? 0 : 1;
    } catch (SQLException e) {
      err.println("cannot verify " + options.get("db") + ": " + e.getMessage());
      return 2;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      err.println("cannot write the answer: " + e.getMessage());
      return 2;
    }
  }
}
