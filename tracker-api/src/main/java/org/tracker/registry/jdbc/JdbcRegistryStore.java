package org.tracker.registry.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.References;
import org.tracker.registry.RegistryStore;
import org.tracker.registry.api.Developments;
import org.tracker.registry.api.RecordedDevelopment;
import org.tracker.registry.api.Recording;
import org.tracker.registry.api.Revision;
import org.tracker.registry.api.RevisionRecord;
import org.tracker.shared.ActorCode;

/** The registry's tables (migrations/V002, V004), read and written over JDBC. */
@Repository
public class JdbcRegistryStore implements RegistryStore, References, Developments {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  private final TransactionTemplate transaction;
  private final JdbcTemplate streaming;
  private final JdbcTemplate batching;

  public JdbcRegistryStore(
      JdbcClient jdbc,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
      PlatformTransactionManager transactions,
      DataSource dataSource) {
    this.jdbc = jdbc;
    this.json = json;
    this.batching = new JdbcTemplate(dataSource);
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(1000);
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    this.transaction = readOnly; // a cursor (fetch size) needs a transaction in PostgreSQL
  }

  @Override
  public void saveActor(ActorCode code, String kind, Object names, DevelopmentId registeredBy) {
    Map<?, ?> name = (Map<?, ?>) names;
    int updated =
        jdbc.sql(
                """
            INSERT INTO actor (code, kind, name_en, name_zh_hant, development_id)
            VALUES (:code, :kind, :en, :zh, :development)
            ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_en = excluded.name_en,
              name_zh_hant = excluded.name_zh_hant
            WHERE actor.development_id = excluded.development_id""")
            .param("code", code.code())
            .param("kind", kind)
            .param("en", name.get("en"))
            .param("zh", name.get("zh-Hant"))
            .param("development", registeredBy.value())
            .update();
    requireOneRow(updated, "actor " + code);
  }

  @Override
  public void saveDocument(
      String documentId, DevelopmentContent registration, DevelopmentId registeredBy) {
    int updated =
        jdbc.sql(
                """
            INSERT INTO document (document_id, title, author, affiliation, publication, published,
                                  language, url, development_id)
            VALUES (:id, :title, :author, :affiliation, :publication, :published, :language, :url,
                    :development)
            ON CONFLICT (document_id) DO UPDATE SET title = excluded.title,
              author = excluded.author, affiliation = excluded.affiliation,
              publication = excluded.publication, published = excluded.published,
              language = excluded.language, url = excluded.url
            WHERE document.development_id = excluded.development_id""")
            .param("id", documentId)
            .param("title", registration.text("title"))
            .param("author", registration.text("author"))
            .param("affiliation", registration.text("affiliation"))
            .param("publication", registration.text("publication"))
            .param("published", registration.text("published"))
            .param("language", registration.text("language"))
            .param("url", registration.text("url"))
            .param("development", registeredBy.value())
            .update();
    requireOneRow(updated, "document " + documentId);
  }

  /** A registration whose key another development already holds must fail its transaction. */
  private static void requireOneRow(int updated, String what) {
    if (updated != 1) {
      throw new DuplicateKeyException(what + " is already registered by another development");
    }
  }

  /**
   * Adds a revision. Within an Axon unit of work (a subscribing processor handles all events of one
   * append in one) the rows are batched and written when the unit of work prepares to commit, still
   * inside the appending transaction; a bulk import then costs a few batched statements per 500
   * events instead of two round trips per event.
   */
  @Override
  public void addRevision(
      DevelopmentId id, Revision revision, DevelopmentContent current, boolean retracted) {
    Writes writes = writes();
    Recording recording = revision.recording();
    writes.revisions.add(
        new Object[] {
          id.value(),
          revision.sequence(),
          revision.kind().name(),
          revision.version(),
          revision.content() == null ? null : hash(revision.content()),
          revision.reason(),
          Timestamp.from(recording.recordedAt()),
          recording.recordedBy()
        });
    switch (revision.kind()) {
      case RECORDED ->
          writes.inserts.add(
              new Object[] {
                id.value(),
                current.type().name(),
                current.date() == null ? null : current.date().toString(),
                write(current),
                Timestamp.from(recording.recordedAt()),
                recording.recordedBy()
              });
      case CORRECTED ->
          writes.changes.add(
              new Object[] {
                current.type().name(),
                current.date() == null ? null : current.date().toString(),
                write(current),
                revision.version(),
                false,
                id.value()
              });
      case RETRACTED -> writes.retractions.add(new Object[] {retracted, id.value()});
    }
    if (!CurrentUnitOfWork.isStarted()) {
      writes.flush();
    }
  }

  /** The pending writes of the current unit of work (or of this call, outside one). */
  private Writes writes() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new Writes();
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    return unitOfWork.getOrComputeResource(
        Writes.class.getName(),
        key -> {
          Writes writes = new Writes();
          unitOfWork.onPrepareCommit(u -> writes.flush());
          return writes;
        });
  }

  /** Rows to write, in an order that respects their dependencies. */
  private final class Writes {
    final List<Object[]> inserts = new ArrayList<>();
    final List<Object[]> revisions = new ArrayList<>();
    final List<Object[]> changes = new ArrayList<>();
    final List<Object[]> retractions = new ArrayList<>();

    void flush() {
      batch(
          """
          INSERT INTO development (development_id, type, date_text, content, recorded_at,
                                   recorded_by, version, retracted)
          VALUES (?, ?, ?, ?, ?, ?, 1, FALSE)""",
          inserts);
      batch(
          """
          INSERT INTO development_revision (development_id, sequence, kind, version,
                                            content_hash, reason, recorded_at, recorded_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
          revisions);
      batch(
          """
          UPDATE development SET type = ?, date_text = ?, content = ?, version = ?, retracted = ?
          WHERE development_id = ?""",
          changes);
      batch("UPDATE development SET retracted = ? WHERE development_id = ?", retractions);
    }

    private void batch(String sql, List<Object[]> rows) {
      if (!rows.isEmpty()) {
        batching.batchUpdate(sql, rows);
        rows.clear();
      }
    }
  }

  @Override
  public boolean actorExists(ActorCode code) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM actor WHERE code = ?)")
        .param(code.code())
        .query(Boolean.class)
        .single();
  }

  @Override
  public boolean documentExists(String documentId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document WHERE document_id = ?)")
        .param(documentId)
        .query(Boolean.class)
        .single();
  }

  @Override
  public Optional<RecordedDevelopment> find(DevelopmentId id) {
    return jdbc.sql("SELECT content, version, retracted FROM development WHERE development_id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new RecordedDevelopment(
                    id,
                    read(rs.getString("content")),
                    rs.getInt("version"),
                    rs.getBoolean("retracted"),
                    revisions(id)))
        .optional();
  }

  @Override
  public Map<DevelopmentId, RecordedDevelopment> findAll(Collection<DevelopmentId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    UUID[] keys = ids.stream().map(DevelopmentId::value).distinct().toArray(UUID[]::new);
    Map<DevelopmentId, List<RevisionRecord>> revisions = new HashMap<>();
    jdbc.sql(
            """
            SELECT development_id, sequence, kind, version, content_hash, reason, recorded_at,
                   recorded_by
            FROM development_revision WHERE development_id = ANY(:ids) ORDER BY sequence""")
        .param("ids", keys)
        .query(
            rs -> {
              revisions
                  .computeIfAbsent(
                      new DevelopmentId(rs.getObject("development_id", UUID.class)),
                      k -> new ArrayList<>())
                  .add(revision(rs));
            });
    Map<DevelopmentId, RecordedDevelopment> found = new HashMap<>();
    jdbc.sql(
            """
            SELECT development_id, content, version, retracted FROM development
            WHERE development_id = ANY(:ids)""")
        .param("ids", keys)
        .query(
            rs -> {
              DevelopmentId id = new DevelopmentId(rs.getObject("development_id", UUID.class));
              found.put(
                  id,
                  new RecordedDevelopment(
                      id,
                      read(rs.getString("content")),
                      rs.getInt("version"),
                      rs.getBoolean("retracted"),
                      revisions.getOrDefault(id, List.of())));
            });
    return found;
  }

  @Override
  public void forEachCurrent(BiConsumer<DevelopmentId, DevelopmentContent> action) {
    transaction.executeWithoutResult(
        status ->
            streaming.query(
                """
                SELECT development_id, content FROM development WHERE NOT retracted
                ORDER BY recorded_at, development_id""",
                rs -> {
                  action.accept(
                      new DevelopmentId(rs.getObject("development_id", UUID.class)),
                      read(rs.getString("content")));
                }));
  }

  @Override
  public Set<String> actorCodes() {
    return new HashSet<>(jdbc.sql("SELECT code FROM actor").query(String.class).list());
  }

  @Override
  public Set<String> documentIds() {
    return new HashSet<>(jdbc.sql("SELECT document_id FROM document").query(String.class).list());
  }

  private List<RevisionRecord> revisions(DevelopmentId id) {
    return jdbc.sql(
            """
            SELECT sequence, kind, version, content_hash, reason, recorded_at, recorded_by
            FROM development_revision WHERE development_id = ? ORDER BY sequence""")
        .param(id.value())
        .query((rs, n) -> revision(rs))
        .list();
  }

  private RevisionRecord revision(ResultSet rs) throws SQLException {
    return new RevisionRecord(
        rs.getLong("sequence"),
        Revision.Kind.valueOf(rs.getString("kind")),
        rs.getInt("version"),
        rs.getString("content_hash"),
        rs.getString("reason"),
        new Recording(rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")));
  }

  /** SHA-256 (hex) of the content's JSON as stored: equal content, equal hash. */
  @Override
  public String hash(DevelopmentContent content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(write(content).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(DevelopmentContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write development content", e);
    }
  }

  private DevelopmentContent read(String text) {
    try {
      return json.readValue(text, DevelopmentContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read development content", e);
    }
  }
}
