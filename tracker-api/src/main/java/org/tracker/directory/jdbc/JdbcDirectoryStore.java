package org.tracker.directory.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tracker.development.api.ActorRegistration;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DocumentRegistration;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.References;
import org.tracker.development.api.Rung;
import org.tracker.directory.DirectoryStore;
import org.tracker.directory.api.ActorKinds;
import org.tracker.directory.api.Directory;
import org.tracker.infrastructure.database.JsonColumn;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/**
 * The directory's tables: actor and document (migrations/V002), ladder_rung (V015). An actor's
 * names are kept in English and traditional Chinese, each falling back to the nearest name given.
 */
@Repository
public class JdbcDirectoryStore implements DirectoryStore, Directory, References, ActorKinds {

  /** Enough for every actor and document a deployment registers; beyond it, the rest are asked. */
  static final int MAX_REMEMBERED = 100_000;

  private final JdbcClient jdbc;
  private final JsonColumn<LocalizedText> names;
  private final Set<String> knownActors = ConcurrentHashMap.newKeySet();
  private final Set<String> knownDocuments = ConcurrentHashMap.newKeySet();

  public JdbcDirectoryStore(
      JdbcClient jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = jdbc;
    this.names = new JsonColumn<>(json, LocalizedText.class);
  }

  @Override
  public void saveActor(ActorRegistration actor, DevelopmentId registeredBy) {
    ActorCode code = actor.code();
    int updated =
        jdbc.sql(
                """
                INSERT INTO actor (code, kind, name_en, name_zh_hant, development_id)
                VALUES (:code, :kind, :en, :zh, :development)
                ON CONFLICT (code) DO UPDATE SET kind = excluded.kind,
                  name_en = excluded.name_en, name_zh_hant = excluded.name_zh_hant
                WHERE actor.development_id = excluded.development_id""")
            .param("code", code.code())
            .param("kind", actor.kind().name())
            .param("en", actor.name().in("en"))
            .param("zh", actor.name().in("zh-Hant"))
            .param("development", registeredBy.value())
            .update();
    requireOneRow(updated, "actor " + code);
  }

  @Override
  public void saveDocument(DocumentRegistration document, DevelopmentId registeredBy) {
    int updated =
        jdbc.sql(
                """
                INSERT INTO document (document_id, title, author, affiliation, publication,
                                      published, language, url, reliability, development_id)
                VALUES (:id, :title, :author, :affiliation, :publication, :published, :language,
                        :url, :reliability, :development)
                ON CONFLICT (document_id) DO UPDATE SET title = excluded.title,
                  author = excluded.author, affiliation = excluded.affiliation,
                  publication = excluded.publication, published = excluded.published,
                  language = excluded.language, url = excluded.url,
                  reliability = excluded.reliability
                WHERE document.development_id = excluded.development_id""")
            .param("id", document.documentId())
            .param("title", document.title())
            .param("author", document.author())
            .param("affiliation", document.affiliation())
            .param("publication", document.publication())
            .param("published", document.published())
            .param("language", document.language())
            .param("url", document.url())
            .param("reliability", document.reliability())
            .param("development", registeredBy.value())
            .update();
    requireOneRow(updated, "document " + document.documentId());
  }

  /** A rank another rung holds fails on the table's unique rank, as a duplicate key. */
  @Override
  public void saveRung(Rung rung, DevelopmentId registeredBy) {
    int updated =
        jdbc.sql(
                """
                INSERT INTO ladder_rung (code, rank, name, development_id)
                VALUES (:code, :rank, :name, :development)
                ON CONFLICT (code) DO UPDATE SET rank = excluded.rank, name = excluded.name
                WHERE ladder_rung.development_id = excluded.development_id""")
            .param("code", rung.code())
            .param("rank", rung.rank())
            .param("name", names.write(rung.name()))
            .param("development", registeredBy.value())
            .update();
    requireOneRow(updated, "rung " + rung.code());
  }

  /** A registration whose key another development already holds must fail its transaction. */
  private static void requireOneRow(int updated, String what) {
    if (updated != 1) {
      throw new DuplicateKeyException(what + " is already registered by another development");
    }
  }

  @Override
  public boolean actorExists(ActorCode code) {
    return registered(
        knownActors, "SELECT EXISTS (SELECT 1 FROM actor WHERE code = ?)", code.code());
  }

  /** Asked each time: a correction of its registration may change an actor's kind. */
  @Override
  public Optional<ActorKind> actorKind(ActorCode code) {
    return Optional.ofNullable(of(List.of(code)).get(code));
  }

  @Override
  public Map<ActorCode, ActorKind> of(Collection<ActorCode> actors) {
    Map<ActorCode, ActorKind> kinds = new HashMap<>();
    if (actors.isEmpty()) {
      return kinds;
    }
    jdbc.sql("SELECT code, kind FROM actor WHERE code = ANY(?::varchar[])")
        .param(actors.stream().map(ActorCode::code).toArray(String[]::new))
        .query(
            rs -> {
              kinds.put(ActorCode.of(rs.getString(1)), ActorKind.of(rs.getString(2)));
            });
    return kinds;
  }

  @Override
  public boolean documentExists(String documentId) {
    return registered(
        knownDocuments, "SELECT EXISTS (SELECT 1 FROM document WHERE document_id = ?)", documentId);
  }

  /**
   * Whether a code or document id is registered. A registration is never removed and its key never
   * changes (the log is append-only, a registration cannot be retracted), so a "yes" stays true and
   * is remembered — but only a "yes" read outside any transaction, i.e. committed: one read inside
   * a transaction may be that transaction's own registration, which could still roll back. A "no"
   * is always asked again.
   */
  private boolean registered(Set<String> known, String sql, String key) {
    if (known.contains(key)) {
      return true;
    }
    boolean exists = jdbc.sql(sql).param(key).query(Boolean.class).single();
    if (exists
        && !TransactionSynchronizationManager.isActualTransactionActive()
        && known.size() < MAX_REMEMBERED) {
      known.add(key);
    }
    return exists;
  }

  /** The document's publication date as registered (a correction may change it: read afresh). */
  @Override
  public PartialDate documentDate(String documentId) {
    return jdbc
        .sql("SELECT published FROM document WHERE document_id = ? AND published IS NOT NULL")
        .param(documentId)
        .query(String.class)
        .list()
        .stream()
        .findFirst()
        .map(PartialDate::parse)
        .orElse(null);
  }

  /** The default ladder with the registered rungs, read afresh (a correction may move a rung). */
  @Override
  public Ladder ladder() {
    return Ladder.defaults()
        .with(
            jdbc.sql("SELECT code, rank, name FROM ladder_rung ORDER BY rank")
                .query(
                    (rs, n) -> new Rung(rs.getString(1), rs.getInt(2), names.read(rs.getString(3))))
                .list());
  }

  @Override
  public java.util.Optional<Actor> actor(String code) {
    return jdbc.sql("SELECT code, kind, name_en, name_zh_hant FROM actor WHERE code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  @Override
  public java.util.List<Actor> actors() {
    return jdbc.sql("SELECT code, kind, name_en, name_zh_hant FROM actor ORDER BY code")
        .query(
            (rs, n) ->
                new Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  @Override
  public Map<String, ActorKind> actorKinds() {
    Map<String, ActorKind> kinds = new HashMap<>();
    jdbc.sql("SELECT code, kind FROM actor")
        .query(
            rs -> {
              kinds.put(rs.getString(1), ActorKind.of(rs.getString(2)));
            });
    return kinds;
  }

  @Override
  public Set<String> documentIds() {
    return new HashSet<>(jdbc.sql("SELECT document_id FROM document").query(String.class).list());
  }

  @Override
  public List<Directory.Document> documents() {
    return jdbc.sql(
            "SELECT document_id, title, author, published, language, reliability FROM document"
                + " ORDER BY document_id")
        .query(
            (rs, n) ->
                new Directory.Document(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  @Override
  public Map<String, String> reliabilities(Collection<String> documentIds) {
    if (documentIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> grades = new HashMap<>();
    jdbc.sql(
            "SELECT document_id, reliability FROM document"
                + " WHERE document_id = ANY(?) AND reliability IS NOT NULL")
        .param(documentIds.toArray(String[]::new))
        .query((RowCallbackHandler) rs -> grades.put(rs.getString(1), rs.getString(2)));
    return grades;
  }
}
