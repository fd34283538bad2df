package org.tracker.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes an archive's lines: a header, then one JSON line per event in log order, read from the
 * connection given with nothing but JDBC. The one place that makes them, for {@code GET
 * /api/admin/archive} and for {@code java -jar tracker.jar archive} alike, so the two write the
 * same bytes. The caller owns the transaction: it should be one snapshot (read-only, repeatable
 * read) with auto-commit off, so that the rows come by the fetch size instead of all at once.
 */
public final class ArchiveWriter {

  /** The first line of an archive, naming its format. */
  static final String FORMAT = "tracker-archive";

  static final int VERSION = 1;

  /** Rows read from the database at a time: memory stays flat whatever the log's length. */
  static final int FETCH_SIZE = 1_000;

  private static final String LOG =
      "SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,"
          + " e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data,"
          + " encode(s.hash, 'hex')"
          + " FROM domain_event_entry e"
          + " LEFT JOIN event_seal s ON s.position = e.global_index"
          + " ORDER BY e.global_index";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArchiveWriter() {}

  /**
   * Writes the whole log to {@code out} and flushes it.
   *
   * @return how many events were written
   */
  public static long write(Connection connection, OutputStream out)
      throws SQLException, IOException {
    ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION);
    out.write(JSON.writeValueAsBytes(header));
    out.write('\n');
    long events = 0;
    try (PreparedStatement statement = connection.prepareStatement(LOG)) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          out.write(JSON.writeValueAsBytes(line(rs)));
          out.write('\n');
          events++;
        }
      }
    }
    out.flush();
    return events;
  }

  private static ObjectNode line(ResultSet rs) throws SQLException {
    ObjectNode line = JSON.createObjectNode();
    line.put("position", rs.getLong(1));
    line.put("eventId", rs.getString(2));
    line.put("aggregate", rs.getString(3));
    line.put("sequence", rs.getLong(4));
    line.put("aggregateType", rs.getString(5));
    line.put("timestamp", rs.getString(6));
    line.put("payloadType", rs.getString(7));
    line.put("payloadRevision", rs.getString(8));
    line.put("payload", rs.getString(9));
    line.put("metaData", rs.getString(10));
    if (rs.getString(11) != null) {
      line.put("hash", rs.getString(11)); // its seal in the chain (ADR 0019)
    }
    return line;
  }
}
