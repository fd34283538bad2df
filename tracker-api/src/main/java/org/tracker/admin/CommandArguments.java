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

  private CommandArguments(Map<String, String> values) {
    this.values = values;
  }

  /** Wrong arguments: what is wrong, for the line printed above the usage. */
  static final class Wrong extends Exception {
    Wrong(String message) {
      super(message);
    }
  }

  /**
   * @param known the names the mode takes (with their {@code --})
   * @param needed those of them it cannot do without
   */
  static CommandArguments parse(List<String> args, List<String> known, List<String> needed)
      throws Wrong {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!known.contains(arg) || i + 1 == args.size()) {
        throw new Wrong("unknown or incomplete argument: " + arg);
      }
      if (values.put(arg, args.get(++i)) != null) {
        throw new Wrong(arg + " is given twice");
      }
    }
    for (String name : needed) {
      if (!values.containsKey(name)) {
        throw new Wrong(name + " is needed");
      }
    }
    return new CommandArguments(values);
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
