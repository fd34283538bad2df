package org.tracker.shared;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A projection, declared once, next to its class: everything outside the class that needs to know
 * the projection — its processor's settings, the admin API (status, checksums, rebuilds),
 * readiness, dead letters and the guard that answers 503 while it rebuilds — reads this
 * declaration, gathered with the others in {@code org.tracker.projection.Projections}.
 *
 * @param name the processing group of its handlers ({@code @ProcessingGroup}), which is also the
 *     name of the processor running it (Axon names a group's processor after the group) and its
 *     name in the admin API, dead letters and metrics
 * @param runs how its processor runs
 * @param segments into how many segments a streaming projection's work is split (as many threads);
 *     0 for a subscribing one
 * @param tables the tables it owns: what a rebuild empties and refills, what checksums digest
 * @param reads the reads (GET requests) answered from its tables, so answered 503 while it
 *     rebuilds: {@code /api/x} is that path, {@code /api/x/**} that path and every path below it,
 *     {@code /api/x?p=v} that path with the query parameter {@code p} equal to {@code v}
 */
public record Projection(
    String name, Runs runs, int segments, List<String> tables, List<String> reads) {

  /** How a projection's processor runs. */
  public enum Runs {
    /**
     * A pooled streaming processor: it follows the log behind the appends, with its token in the
     * same transaction as its rows, a dead-letter queue for events it cannot handle, and can be
     * rebuilt from the log.
     */
    STREAMING,
    /**
     * A subscribing processor: its rows are written in the transaction that appends the event, and
     * its failure rolls the append back. Never behind, never rebuilt, no dead letters.
     */
    IN_THE_APPENDING_TRANSACTION
  }

  private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z_]*");
  private static final Pattern READ =
      Pattern.compile("(/[a-z0-9-]+)+(/\\*\\*|\\?[a-z]+=[a-z0-9-]+)?");

  public Projection {
    tables = List.copyOf(tables);
    reads = List.copyOf(reads);
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a projection name (a-z and '-')");
    }
    if (tables.isEmpty() || !tables.stream().allMatch(t -> TABLE.matcher(t).matches())) {
      throw new IllegalArgumentException(name + ": its tables (a-z and '_', at least one)");
    }
    for (String read : reads) {
      if (!READ.matcher(read).matches()) {
        throw new IllegalArgumentException(
            name + ": '" + read + "' is not a read path (/a/b, /a/b/** or /a/b?p=v)");
      }
    }
    if (runs == Runs.STREAMING && segments < 1) {
      throw new IllegalArgumentException(name + ": a streaming projection needs segments");
    }
    if (runs == Runs.IN_THE_APPENDING_TRANSACTION && (segments != 0 || !reads.isEmpty())) {
      throw new IllegalArgumentException(
          name + ": a subscribing projection has no segments and is never rebuilding");
    }
  }

  /** A projection run by a pooled streaming processor in {@code segments} segments. */
  public static Projection streaming(
      String name, int segments, List<String> tables, List<String> reads) {
    return new Projection(name, Runs.STREAMING, segments, tables, reads);
  }

  /** A projection written in the appending transaction (serves no read that could be behind). */
  public static Projection inTheAppendingTransaction(String name, List<String> tables) {
    return new Projection(name, Runs.IN_THE_APPENDING_TRANSACTION, 0, tables, List.of());
  }

  /** Whether it follows the log in a streaming processor, and so can be rebuilt from it. */
  public boolean rebuildable() {
    return runs == Runs.STREAMING;
  }

  /**
   * Whether a read of {@code path} is answered from this projection's tables.
   *
   * @param parameter the request's query parameters by name (null when absent)
   */
  public boolean serves(String path, UnaryOperator<String> parameter) {
    for (String read : reads) {
      int query = read.indexOf('?');
      if (query >= 0) {
        String[] condition = read.substring(query + 1).split("=", 2);
        if (path.equals(read.substring(0, query))
            && condition[1].equals(parameter.apply(condition[0]))) {
          return true;
        }
      } else if (read.endsWith("/**")) {
        String base = read.substring(0, read.length() - 3);
        if (path.equals(base) || path.startsWith(base + "/")) {
          return true;
        }
      } else if (path.equals(read)) {
        return true;
      }
    }
    return false;
  }
}
