package org.tracker.registry.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.References;
import org.tracker.registry.RegistryStore;
import org.tracker.registry.api.Developments;
import org.tracker.registry.api.RecordedDevelopment;
import org.tracker.registry.api.Recording;
import org.tracker.shared.ActorCode;

/** The registry's tables (migrations/V002), read and written over JDBC. */
@Repository
public class JdbcRegistryStore implements RegistryStore, References, Developments {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public JdbcRegistryStore(
      JdbcClient jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void putActor(ActorCode code, String kind, Object names, DevelopmentId registeredBy) {
    Map<?, ?> name = (Map<?, ?>) names;
    jdbc.sql(
            """
            INSERT INTO actor (code, kind, name_en, name_zh_hant, development_id)
            VALUES (:code, :kind, :en, :zh, :development)""")
        .param("code", code.code())
        .param("kind", kind)
        .param("en", name.get("en"))
        .param("zh", name.get("zh-Hant"))
        .param("development", registeredBy.value())
        .update();
  }

  @Override
  public void putDocument(
      String documentId, DevelopmentContent registration, DevelopmentId registeredBy) {
    jdbc.sql(
            """
            INSERT INTO document (document_id, title, author, affiliation, publication, published,
                                  language, url, development_id)
            VALUES (:id, :title, :author, :affiliation, :publication, :published, :language, :url,
                    :development)""")
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
  }

  @Override
  public void putDevelopment(
      DevelopmentId id, DevelopmentContent content, String fingerprint, Recording recording) {
    jdbc.sql(
            """
            INSERT INTO development (development_id, type, date_text, content, fingerprint,
                                     recorded_at, recorded_by)
            VALUES (:id, :type, :date, :content, :fingerprint, :recordedAt, :recordedBy)""")
        .param("id", id.value())
        .param("type", content.type().name())
        .param("date", content.date() == null ? null : content.date().toString())
        .param("content", write(content))
        .param("fingerprint", fingerprint)
        .param("recordedAt", Timestamp.from(recording.recordedAt()))
        .param("recordedBy", recording.recordedBy())
        .update();
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
    return jdbc.sql(
            """
            SELECT development_id, content, fingerprint, recorded_at, recorded_by
            FROM development WHERE development_id = ?""")
        .param(id.value())
        .query(
            (rs, n) ->
                new RecordedDevelopment(
                    new DevelopmentId(rs.getObject("development_id", UUID.class)),
                    read(rs.getString("content")),
                    rs.getString("fingerprint"),
                    new Recording(
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"))))
        .optional();
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
