package org.tracker.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --name value} arguments of a command-line mode ({@code archive}, {@code restore}):
 * only the names the mode knows, each with a value, and the ones it needs present. The database's
 * user and password fall back to {@code TRACKER_DB_USER} ({@code postgres} without it) and {@code
 * TRACKER_DB_PASSWORD}, as for the application itself.
 */
final class CommandArguments {

  private final Map<String, String> values;
  private final String wrong;

  private CommandArguments(Map<String, String> values, String wrong) {
    this.values = values;
    this.wrong = wrong;
  }

  /**
   * @param known the names the mode takes (with their {@code --})
   * @param needed those of them it cannot do without
   */
  static CommandArguments parse(List<String> args, List<String> known, List<String> needed) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!known.contains(arg) || i + 1 == args.size()) {
        return new CommandArguments(values, "unknown or incomplete argument: " + arg);
      }
      if (values.put(arg, args.get(++i)) != null) {
        return new CommandArguments(values, arg + " is given twice");
      }
    }
    for (String name : needed) {
      if (!values.containsKey(name)) {
        return new CommandArguments(values, name + " is needed");
      }
    }
    return new CommandArguments(values, null);
  }

  /** What is wrong with them, for the line printed above the usage; empty when nothing is. */
  Optional<String> wrong() {
    return Optional.ofNullable(wrong);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String db() {
    return values.get("--db");
  }

  String user() {
    return get("--user").orElseGet(() -> environment("TRACKER_DB_USER", "postgres"));
  }

  String password() {
    return get("--password").orElseGet(() -> environment("TRACKER_DB_PASSWORD", ""));
  }

  private static String environment(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
