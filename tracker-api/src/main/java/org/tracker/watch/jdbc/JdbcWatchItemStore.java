package org.tracker.watch.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentId;
import org.tracker.infrastructure.database.JsonColumn;
import org.tracker.shared.PartialDate;
import org.tracker.watch.WatchItemStore;
import org.tracker.watch.WatchStep;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchOutcome;

/**
 * The watch_item table (migrations/V011) and every step of each item, dated in the world and in the
 * record, in watch_step (V019, ADR 0016; a change of the review date keeps the date it sets, V027).
 */
@Repository
public class JdbcWatchItemStore implements WatchItemStore {

  private final JdbcTemplate jdbc;
  private final JsonColumn<WatchItemContent> contents;

  public JdbcWatchItemStore(
      DataSource dataSource, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.contents = new JsonColumn<>(json, WatchItemContent.class);
  }

  @Override
  public void opened(
      WatchItemId id, WatchItemContent content, Instant at, String by, long position) {
    jdbc.update(
        """
        INSERT INTO watch_item (id, content, subjects, review_by, review_by_latest, opened_at,
                                opened_by, position)
        VALUES (?, ?, ?::varchar[], ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO NOTHING""",
        id.value(),
        contents.write(content),
        content.subjects().toArray(String[]::new),
        content.reviewBy().toString(),
        Date.valueOf(content.reviewBy().latest()),
        Timestamp.from(at),
        by,
        position);
  }

  @Override
  public void step(WatchItemId id, WatchStep step) {
    jdbc.update(
        """
        INSERT INTO watch_step (item_id, sequence_number, kind, on_date, development_id, outcome,
                                recorded_at, review_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (item_id, sequence_number) DO NOTHING""",
        id.value(),
        step.sequence(),
        step.kind().name(),
        step.on().toString(),
        step.developmentId() == null ? null : step.developmentId().value(),
        step.outcome() == null ? null : step.outcome().name(),
        Timestamp.from(step.recordedAt()),
        step.reviewBy() == null ? null : step.reviewBy().toString());
  }

  @Override
  public void withdrawn(WatchItemId id, DevelopmentId developmentId, Instant at, long sequence) {
    jdbc.update(
        """
        UPDATE watch_step SET superseded_at = ?
        WHERE item_id = ? AND development_id = ? AND kind = 'EVIDENCE_LINKED'
          AND superseded_at IS NULL AND sequence_number < ?""",
        Timestamp.from(at),
        id.value(),
        developmentId.value(),
        sequence);
  }

  @Override
  public List<StoredItem> items(String subject, String actor) {
    StringBuilder where = new StringBuilder("true");
    List<Object> args = new ArrayList<>();
    for (String named : new String[] {subject, actor}) {
      if (named != null) {
        where.append(" AND subjects @> ARRAY[?]::varchar[]");
        args.add(named);
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    jdbc.query(
        "SELECT id, content, opened_at, opened_by FROM watch_item WHERE "
            + where
            + " ORDER BY review_by_latest, id",
        rs -> {
          rows.put(
              rs.getString("id"),
              new Row(
                  contents.read(rs.getString("content")),
                  rs.getTimestamp("opened_at").toInstant(),
                  rs.getString("opened_by"),
                  new ArrayList<>()));
        },
        args.toArray());
    if (!rows.isEmpty()) {
      jdbc.query(
          "SELECT * FROM watch_step WHERE item_id = ANY(?::varchar[]) ORDER BY item_id, sequence_number",
          rs -> {
            rows.get(rs.getString("item_id")).steps().add(step(rs));
          },
          (Object) rows.keySet().toArray(String[]::new));
    }
    List<StoredItem> items = new ArrayList<>(rows.size());
    rows.forEach(
        (id, row) ->
            items.add(
                new StoredItem(
                    WatchItemId.of(id),
                    row.content(),
                    row.openedAt(),
                    row.openedBy(),
                    row.steps())));
    return items;
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM watch_step");
    jdbc.update("DELETE FROM watch_item");
  }

  private record Row(
      WatchItemContent content, Instant openedAt, String openedBy, List<WatchStep> steps) {}

  private static WatchStep step(ResultSet rs) throws SQLException {
    UUID development = rs.getObject("development_id", UUID.class);
    String outcome = rs.getString("outcome");
    Timestamp superseded = rs.getTimestamp("superseded_at");
    String reviewBy = rs.getString("review_by");
    return new WatchStep(
        rs.getLong("sequence_number"),
        WatchStep.Kind.valueOf(rs.getString("kind")),
        PartialDate.parse(rs.getString("on_date")),
        development == null ? null : new DevelopmentId(development),
        outcome == null ? null : WatchOutcome.valueOf(outcome),
        rs.getTimestamp("recorded_at").toInstant(),
        superseded == null ? null : superseded.toInstant(),
        reviewBy == null ? null : PartialDate.parse(reviewBy));
  }
}
