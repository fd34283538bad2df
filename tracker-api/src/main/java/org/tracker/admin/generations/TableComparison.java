package org.tracker.admin.generations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.tracker.admin.generations.GenerationPointers.Pointer;
import org.tracker.projection.Projections;

/**
 * A projection's two generations compared row by row, in one snapshot: per table, how many rows
 * only the live one holds and how many only the replayed spare, and a few of each (as JSON, times
 * in UTC) — a hand-made change to a live row shows as one row on each side.
 */
final class TableComparison {

  /** Rows shown per table and side. */
  static final int EXAMPLES = 5;

  private TableComparison() {}

  /**
   * A connection in a transaction whose snapshot is taken now ({@code REPEATABLE READ}, times in
   * UTC): what it reads later is the tables as they are at this moment.
   */
  static Connection snapshot(DataSource dataSource) throws SQLException {
    Connection snapshot = dataSource.getConnection();
    try {
      snapshot.setAutoCommit(false);
      try (Statement s = snapshot.createStatement()) {
        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        s.execute("SET LOCAL TimeZone = 'UTC'");
        s.execute("SELECT 1"); // the snapshot is taken by the transaction's first query
      }
      return snapshot;
    } catch (SQLException e) {
      snapshot.close();
      throw e;
    }
  }

  /**
   * Compares; writes per table {@code {onlyLive, onlySpare, examples: {live: [...], spare: [...]}}}
   * into {@code tables}; answers whether every table is equal.
   */
  static boolean compare(Connection snapshot, Pointer pointer, ObjectNode tables)
      throws SQLException {
    boolean equal = true;
    String live = pointer.schema(pointer.live());
    String spare = pointer.schema(pointer.spare());
    for (String table : Projections.rebuildable(pointer.projection()).orElseThrow().tables()) {
      ObjectNode result = tables.putObject(table);
      ObjectNode examples = result.putObject("examples");
      long onlyLive = side(snapshot, live, spare, table, examples.putArray("live"));
      long onlySpare = side(snapshot, spare, live, table, examples.putArray("spare"));
      result.put("onlyLive", onlyLive).put("onlySpare", onlySpare);
      equal &= onlyLive == 0 && onlySpare == 0;
    }
    return equal;
  }

  /** The rows of {@code table} in schema {@code a} that {@code b} does not hold (as many times). */
  private static long side(Connection c, String a, String b, String table, ArrayNode examples)
      throws SQLException {
    String difference =
        "(SELECT * FROM %1$s.%3$s EXCEPT ALL SELECT * FROM %2$s.%3$s) d".formatted(a, b, table);
    long count;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + difference)) {
      rs.next();
      count = rs.getLong(1);
    }
    if (count > 0) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT row_to_json(d)::text FROM " + difference + " LIMIT " + EXAMPLES)) {
        while (rs.next()) {
          examples.add(rs.getString(1));
        }
      }
    }
    return count;
  }
}
