package org.tracker.watch.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tracker.watch.WatchItemStore;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchStatus;

/** The watch_item table (migrations/V011). */
@Repository
public class JdbcWatchItemStore implements WatchItemStore {

  private static final String COLUMNS = "id, status, content, opened_at, opened_by";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public JdbcWatchItemStore(
      DataSource dataSource, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.json = json;
  }

  @Override
  public void opened(
      WatchItemId id, WatchItemContent content, Instant at, String by, long position) {
    jdbc.update(
        """
        INSERT INTO watch_item (id, status, content, subjects, review_by, review_by_latest,
                                opened_at, opened_by, position)
        VALUES (?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
        id.value(),
        WatchStatus.OPEN.name(),
        write(content),
        content.subjects().toArray(String[]::new),
        content.reviewBy().toString(),
        Date.valueOf(content.reviewBy().latest()),
        Timestamp.from(at),
        by,
        position);
  }

  @Override
  public Optional<WatchItemView> find(WatchItemId id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM watch_item WHERE id = ?", this::view, id.value())
        .stream()
        .findFirst();
  }

  @Override
  public List<WatchItemView> list(ListWatchItems query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM watch_item WHERE true");
    List<Object> args = new ArrayList<>();
    if (query.status() != null) {
      sql.append(" AND status = ?");
      args.add(query.status().name());
    }
    if (query.subject() != null) {
      sql.append(" AND subjects @> ARRAY[?]::varchar[]");
      args.add(query.subject());
    }
    sql.append(" ORDER BY review_by_latest, id");
    return jdbc.query(sql.toString(), this::view, args.toArray());
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM watch_item");
  }

  private WatchItemView view(ResultSet rs, int row) throws SQLException {
    WatchItemContent c = read(rs.getString("content"));
    return new WatchItemView(
        rs.getString("id"),
        c.question(),
        c.subjects(),
        c.resolvesWhen(),
        c.rule(),
        c.reviewBy().toString(),
        WatchStatus.valueOf(rs.getString("status")),
        c.sources(),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("opened_by"));
  }

  private String write(WatchItemContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a watch item", e);
    }
  }

  private WatchItemContent read(String text) {
    try {
      return json.readValue(text, WatchItemContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a watch item", e);
    }
  }
}
