package org.tracker.watch.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentId;
import org.tracker.infrastructure.database.JsonColumn;
import org.tracker.watch.WatchItemStore;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchState;
import org.tracker.watch.api.WatchStatus;

/** The watch_item and watch_evidence tables (migrations/V011, V012). */
@Repository
public class JdbcWatchItemStore implements WatchItemStore {

  private static final String COLUMNS =
      "id, status, outcome, evidence_count, last_evidence_at, content, review_by_latest,"
          + " opened_at, opened_by";
  private static final String ACTIVE = "status IN ('OPEN', 'EVIDENCE_SEEN')";

  private final JdbcTemplate jdbc;
  private final JsonColumn<WatchItemContent> contents;

  public JdbcWatchItemStore(
      DataSource dataSource, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.contents = new JsonColumn<>(json, WatchItemContent.class);
  }

  @Override
  public WatchState state(WatchItemId id) {
    List<WatchState> found =
        jdbc.query(
            "SELECT status, outcome, content FROM watch_item WHERE id = ?",
            (rs, n) -> {
              String outcome = rs.getString("outcome");
              return new WatchState(
                  id,
                  contents.read(rs.getString("content")),
                  WatchStatus.valueOf(rs.getString("status")),
                  outcome == null ? null : WatchOutcome.valueOf(outcome),
                  standing(id));
            },
            id.value());
    return found.isEmpty() ? WatchState.NONE : found.get(0);
  }

  private Set<DevelopmentId> standing(WatchItemId id) {
    return new LinkedHashSet<>(
        jdbc.query(
            "SELECT development_id FROM watch_evidence WHERE item_id = ? AND withdrawn_at IS NULL"
                + " ORDER BY linked_at",
            (rs, n) -> new DevelopmentId(rs.getObject(1, UUID.class)),
            id.value()));
  }

  @Override
  public void save(WatchState state, Instant at, String by, long position) {
    WatchItemContent content = state.content();
    jdbc.update(
        """
        INSERT INTO watch_item (id, status, outcome, content, subjects, review_by, review_by_latest,
                                opened_at, opened_by, position)
        VALUES (?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, outcome = excluded.outcome""",
        state.id().value(),
        state.status().name(),
        state.outcome() == null ? null : state.outcome().name(),
        contents.write(content),
        content.subjects().toArray(String[]::new),
        content.reviewBy().toString(),
        Date.valueOf(content.reviewBy().latest()),
        Timestamp.from(at),
        by,
        position);
    String[] standing =
        state.evidence().stream().map(DevelopmentId::toString).toArray(String[]::new);
    jdbc.update(
        "UPDATE watch_evidence SET withdrawn_at = ? WHERE item_id = ? AND withdrawn_at IS NULL"
            + " AND NOT (development_id = ANY(?::uuid[]))",
        Timestamp.from(at),
        state.id().value(),
        standing);
    jdbc.update(
        """
        INSERT INTO watch_evidence (item_id, development_id, linked_at)
        SELECT ?, d, ? FROM unnest(?::uuid[]) AS d
        ON CONFLICT (item_id, development_id) DO UPDATE SET linked_at = excluded.linked_at,
          withdrawn_at = NULL WHERE watch_evidence.withdrawn_at IS NOT NULL""",
        state.id().value(),
        Timestamp.from(at),
        standing);
    jdbc.update(
        """
        UPDATE watch_item w SET evidence_count = e.n, last_evidence_at = e.latest
        FROM (SELECT count(*) AS n, max(linked_at) AS latest FROM watch_evidence
              WHERE item_id = ? AND withdrawn_at IS NULL) e
        WHERE w.id = ?""",
        state.id().value(),
        state.id().value());
  }

  @Override
  public List<WatchItemView> list(ListWatchItems query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM watch_item WHERE true");
    List<Object> args = new ArrayList<>();
    if (query.status() != null) {
      sql.append(" AND status = ?");
      args.add(query.status().name());
    }
    for (String subject : new String[] {query.subject(), query.actor()}) {
      if (subject != null) {
        sql.append(" AND subjects @> ARRAY[?]::varchar[]");
        args.add(subject);
      }
    }
    if (query.overdue()) {
      sql.append(" AND ").append(ACTIVE).append(" AND review_by_latest < ?");
      args.add(Date.valueOf(query.today()));
    }
    if (query.quietSince() != null) {
      sql.append(" AND ").append(ACTIVE).append(" AND coalesce(last_evidence_at, opened_at) < ?");
      args.add(Timestamp.from(query.quietSince()));
    }
    sql.append(" ORDER BY review_by_latest, id");
    return jdbc.query(sql.toString(), (rs, n) -> view(rs, query.today()), args.toArray());
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM watch_evidence");
    jdbc.update("DELETE FROM watch_item");
  }

  private WatchItemView view(ResultSet rs, LocalDate today) throws SQLException {
    Timestamp lastEvidence = rs.getTimestamp("last_evidence_at");
    String outcome = rs.getString("outcome");
    return WatchItemView.of(
        rs.getString("id"),
        contents.read(rs.getString("content")),
        WatchStatus.valueOf(rs.getString("status")),
        outcome == null ? null : WatchOutcome.valueOf(outcome),
        rs.getInt("evidence_count"),
        lastEvidence == null ? null : lastEvidence.toInstant(),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("opened_by"),
        today);
  }
}
