package org.tracker.catalog.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.catalog.CatalogStore;
import org.tracker.catalog.api.Catalog;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.infrastructure.database.JsonColumn;

/**
 * The catalog table, development (migrations/V002, V004). Within an Axon unit of work — a streaming
 * processor handles a batch of events in one — writes are collected and sent as JDBC batches when
 * the unit of work prepares to commit, in the same transaction as the token.
 */
@Repository
public class JdbcCatalogStore implements CatalogStore, Catalog {

  private final JdbcTemplate jdbc;
  private final JdbcTemplate streaming;
  private final JsonColumn<DevelopmentContent> contents;
  private final TransactionTemplate readOnly;

  public JdbcCatalogStore(
      DataSource dataSource,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(1000); // a cursor: needs a transaction in PostgreSQL
    this.contents = new JsonColumn<>(json, DevelopmentContent.class);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public void recorded(
      DevelopmentId id, DevelopmentContent content, Instant recordedAt, String recordedBy) {
    writes()
        .add(
            0,
            """
            INSERT INTO development (development_id, type, date_text, content, recorded_at,
                                     recorded_by, version, retracted)
            VALUES (?, ?, ?, ?, ?, ?, 1, FALSE)
            ON CONFLICT (development_id) DO NOTHING""",
            new Object[] {
              id.value(),
              content.type().name(),
              dateOf(content),
              contents.write(content),
              Timestamp.from(recordedAt),
              recordedBy
            });
  }

  @Override
  public void corrected(DevelopmentId id, int version, DevelopmentContent content) {
    writes()
        .add(
            1,
            """
            UPDATE development SET type = ?, date_text = ?, content = ?, version = ?
            WHERE development_id = ? AND version < ?""",
            new Object[] {
              content.type().name(),
              dateOf(content),
              contents.write(content),
              version,
              id.value(),
              version
            });
  }

  @Override
  public void retracted(DevelopmentId id) {
    writes()
        .add(
            2,
            "UPDATE development SET retracted = TRUE WHERE development_id = ?",
            new Object[] {id.value()});
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM development");
  }

  @Override
  public void forEachCurrent(BiConsumer<DevelopmentId, DevelopmentContent> action) {
    readOnly.executeWithoutResult(
        status ->
            streaming.query(
                """
                SELECT development_id, content FROM development WHERE NOT retracted
                ORDER BY recorded_at, development_id""",
                rs -> {
                  action.accept(
                      new DevelopmentId(rs.getObject("development_id", UUID.class)),
                      contents.read(rs.getString("content")));
                }));
  }

  /** The pending writes of the current unit of work (or written at once, outside one). */
  private Writes writes() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new Writes(true);
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    return unitOfWork.getOrComputeResource(
        Writes.class.getName(),
        key -> {
          Writes writes = new Writes(false);
          unitOfWork.onPrepareCommit(u -> writes.flush());
          return writes;
        });
  }

  /**
   * Statements grouped by kind — inserts, then corrections, then retractions — each kind in event
   * order. A correction in the same batch as its recording still follows it.
   */
  private final class Writes {
    private final boolean immediate;
    private final String[] sql = new String[3];

    @SuppressWarnings("unchecked")
    private final List<Object[]>[] rows =
        new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};

    Writes(boolean immediate) {
      this.immediate = immediate;
    }

    void add(int kind, String statement, Object[] args) {
      sql[kind] = statement;
      rows[kind].add(args);
      if (immediate) {
        flush();
      }
    }

    void flush() {
      for (int kind = 0; kind < 3; kind++) {
        if (!rows[kind].isEmpty()) {
          jdbc.batchUpdate(sql[kind], rows[kind]);
          rows[kind].clear();
        }
      }
    }
  }

  private static String dateOf(DevelopmentContent content) {
    return content.date() == null ? null : content.date().toString();
  }
}
