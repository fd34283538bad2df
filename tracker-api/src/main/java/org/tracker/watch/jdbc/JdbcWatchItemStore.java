package org.tracker.watch.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  public void opened(
      WatchItemId id, WatchItemContent content, Instant at, String by, long position) {
    jdbc.update(
        """
        INSERT INTO watch_item (id, status, content, subjects, review_by, review_by_latest,
                                opened_at, opened_by, position)
        VALUES (?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
        id.value(),
        WatchStatus.OPEN.name(),
        contents.write(content),
        content.subjects().toArray(String[]::new),
        content.reviewBy().toString(),
        Date.valueOf(content.reviewBy().latest()),
        Timestamp.from(at),
        by,
        position);
  }

  @Override
  public void evidenceLinked(WatchItemId id, DevelopmentId developmentId, Instant at) {
    jdbc.update(
        """
        INSERT INTO watch_evidence (item_id, development_id, linked_at) VALUES (?, ?, ?)
        ON CONFLICT (item_id, development_id) DO UPDATE SET linked_at = excluded.linked_at,
          withdrawn_at = NULL WHERE watch_evidence.withdrawn_at IS NOT NULL""",
        id.value(),
        developmentId.value(),
        Timestamp.from(at));
    recount(id);
  }

  @Override
  public void evidenceWithdrawn(WatchItemId id, DevelopmentId developmentId, Instant at) {
    jdbc.update(
        "UPDATE watch_evidence SET withdrawn_at = ? WHERE item_id = ? AND development_id = ?"
            + " AND withdrawn_at IS NULL",
        Timestamp.from(at),
        id.value(),
        developmentId.value());
    recount(id);
  }

  /** Evidence count and latest link from the evidence standing; status follows (WatchStatuses). */
  private void recount(WatchItemId id) {
    jdbc.update(
        """
        UPDATE watch_item w SET
          evidence_count = e.n,
          last_evidence_at = e.latest,
          status = CASE WHEN w.status = 'OPEN' AND e.n > 0 THEN 'EVIDENCE_SEEN'
                        WHEN w.status = 'EVIDENCE_SEEN' AND e.n = 0 THEN 'OPEN'
                        ELSE w.status END
        FROM (SELECT count(*) AS n, max(linked_at) AS latest FROM watch_evidence
              WHERE item_id = ? AND withdrawn_at IS NULL) e
        WHERE w.id = ?""",
        id.value(),
        id.value());
  }

  @Override
  public void decided(WatchItemId id, WatchStatus status, WatchOutcome outcome) {
    jdbc.update(
        "UPDATE watch_item SET status = ?, outcome = ? WHERE id = ?",
        status.name(),
        outcome == null ? null : outcome.name(),
        id.value());
  }

  @Override
  public void reopened(WatchItemId id) {
    jdbc.update(
        "UPDATE watch_item SET outcome = NULL, status = CASE WHEN evidence_count > 0"
            + " THEN 'EVIDENCE_SEEN' ELSE 'OPEN' END WHERE id = ?",
        id.value());
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
    WatchItemContent c = contents.read(rs.getString("content"));
    WatchStatus status = WatchStatus.valueOf(rs.getString("status"));
    boolean active = status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
    Timestamp lastEvidence = rs.getTimestamp("last_evidence_at");
    String outcome = rs.getString("outcome");
    return new WatchItemView(
        rs.getString("id"),
        c.question(),
        c.subjects(),
        c.resolvesWhen(),
        c.rule(),
        c.reviewBy().toString(),
        active && rs.getDate("review_by_latest").toLocalDate().isBefore(today),
        status,
        outcome == null ? null : WatchOutcome.valueOf(outcome),
        rs.getInt("evidence_count"),
        lastEvidence == null ? null : lastEvidence.toInstant(),
        c.sources(),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("opened_by"));
  }
}
