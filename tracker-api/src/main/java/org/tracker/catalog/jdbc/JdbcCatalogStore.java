package org.tracker.catalog.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.catalog.CatalogStore;
import org.tracker.catalog.api.Catalog;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.infrastructure.axon.BatchedStatements;
import org.tracker.infrastructure.database.JsonColumn;

/**
 * The catalog table, development (migrations/V002, V004). The projection's writes are sent as JDBC
 * batches when its unit of work prepares to commit ({@link BatchedStatements}): inserts, then
 * corrections, then retractions, each in event order, so a correction in the same batch as its
 * recording still follows it.
 */
@Repository
public class JdbcCatalogStore implements CatalogStore, Catalog {

  private final JdbcTemplate jdbc;
  private final BatchedStatements writes;
  private final JdbcTemplate streaming;
  private final JsonColumn<DevelopmentContent> contents;
  private final TransactionTemplate readOnly;

  public JdbcCatalogStore(
      DataSource dataSource,
      BatchedStatements writes,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.writes = writes;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(1000); // a cursor: needs a transaction in PostgreSQL
    this.contents = new JsonColumn<>(json, DevelopmentContent.class);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public void recorded(
      DevelopmentId id, DevelopmentContent content, Instant recordedAt, String recordedBy) {
    writes.add(
        0,
        """
            INSERT INTO development (development_id, type, content, recorded_at, recorded_by,
                                     version, retracted)
            VALUES (?, ?, ?, ?, ?, 1, FALSE)
            ON CONFLICT (development_id) DO NOTHING""",
        new Object[] {
          id.value(),
          content.type().name(),
          contents.write(content),
          Timestamp.from(recordedAt),
          recordedBy
        });
  }

  @Override
  public void corrected(DevelopmentId id, int version, DevelopmentContent content) {
    writes.add(
        1,
        """
            UPDATE development SET type = ?, content = ?, version = ?
            WHERE development_id = ? AND version < ?""",
        new Object[] {
          content.type().name(), contents.write(content), version, id.value(), version
        });
  }

  @Override
  public void retracted(DevelopmentId id) {
    writes.add(
        2,
        "UPDATE development SET retracted = TRUE WHERE development_id = ?",
        new Object[] {id.value()});
  }

  @Override
  public void clear() {
    jdbc.update("TRUNCATE development");
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
}
