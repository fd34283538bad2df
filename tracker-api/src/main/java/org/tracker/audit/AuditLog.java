package org.tracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The stored log itself, for auditors: every event in global order with its aggregate, type,
 * revision, payload and metadata as stored — no projection in between.
 */
@Service
public class AuditLog {

  /** One stored event. */
  public record Entry(
      long position,
      String aggregateId,
      String aggregateType,
      long sequence,
      String type,
      String payloadType,
      String revision,
      JsonNode payload,
      Instant recordedAt,
      String recordedBy,
      JsonNode metaData) {}

  /** A page in log order; {@code next} is the {@code after} of the following page (null: end). */
  public record Page(List<Entry> items, Long next) {}

  /** Filters, each optional: who recorded, when (from inclusive, to exclusive), type, aggregate. */
  public record Filter(
      String recordedBy, Instant from, Instant to, String type, String aggregate) {}

  private static final String COLUMNS =
      "global_index, aggregate_identifier, type, sequence_number, payload_type, payload_revision,"
          + " payload, time_stamp, meta_data";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public AuditLog(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Page page(long after, int size, Filter filter) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ?");
    List<Object> args = new ArrayList<>(List.of(after));
    if (filter.recordedBy() != null) {
      sql.append(" AND meta_data::jsonb ->> 'recordedBy' = ?");
      args.add(filter.recordedBy());
    }
    if (filter.from() != null) {
      sql.append(" AND time_stamp::timestamptz >= ?");
      args.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND time_stamp::timestamptz < ?");
      args.add(Timestamp.from(filter.to()));
    }
    if (filter.type() != null) {
      sql.append(" AND (payload_type = ? OR payload_type LIKE ? OR payload_type LIKE ?)");
      args.add(filter.type());
      args.add("%." + likeEscaped(filter.type()));
      args.add("%$" + likeEscaped(filter.type()));
    }
    if (filter.aggregate() != null) {
      sql.append(" AND aggregate_identifier = ?");
      args.add(filter.aggregate());
    }
    sql.append(" ORDER BY global_index LIMIT ?");
    args.add(size + 1);
    List<Entry> rows = jdbc.sql(sql.toString()).params(args).query(this::entry).list();
    boolean more = rows.size() > size;
    List<Entry> items = more ? rows.subList(0, size) : rows;
    return new Page(List.copyOf(items), more ? items.get(items.size() - 1).position() : null);
  }

  /** One aggregate's stream, in its own order. */
  public List<Entry> stream(String aggregateId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number")
        .param(aggregateId)
        .query(this::entry)
        .list();
  }

  private Entry entry(ResultSet rs, int row) throws SQLException {
    String payloadType = rs.getString("payload_type");
    JsonNode metaData = parse(rs.getString("meta_data"));
    return new Entry(
        rs.getLong("global_index"),
        rs.getString("aggregate_identifier"),
        rs.getString("type"),
        rs.getLong("sequence_number"),
        payloadType.substring(
            Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1),
        payloadType,
        rs.getString("payload_revision"),
        parse(rs.getString("payload")),
        Instant.parse(rs.getString("time_stamp")),
        metaData.path("recordedBy").isTextual() ? metaData.path("recordedBy").asText() : null,
        metaData);
  }

  private JsonNode parse(String text) {
    if (text == null) {
      return json.nullNode();
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return new TextNode(text); // stored as it is, shown as it is
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
