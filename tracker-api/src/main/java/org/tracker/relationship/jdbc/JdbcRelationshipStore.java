package org.tracker.relationship.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.PartnershipLevel;
import org.tracker.relationship.PartnershipFact;
import org.tracker.relationship.RelationshipStore;
import org.tracker.relationship.api.Dyad;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

/** The relationship projection's table (migrations/V003). */
@Repository
public class JdbcRelationshipStore implements RelationshipStore {

  private final JdbcClient jdbc;

  public JdbcRelationshipStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void put(PartnershipFact fact) {
    jdbc.sql(
            """
            INSERT INTO relationship_partnership
              (development_id, version, actor_a, actor_b, type, level, label, label_en,
               date_text, earliest, latest, recorded_at, position)
            VALUES (:id, :version, :a, :b, :type, :level, :label, :labelEn, :date, :earliest,
                    :latest, :recordedAt, :position)
            ON CONFLICT (development_id, version) DO UPDATE SET
              actor_a = excluded.actor_a, actor_b = excluded.actor_b, type = excluded.type,
              level = excluded.level, label = excluded.label, label_en = excluded.label_en,
              date_text = excluded.date_text, earliest = excluded.earliest,
              latest = excluded.latest, recorded_at = excluded.recorded_at,
              position = excluded.position""")
        .param("id", fact.developmentId().value())
        .param("version", fact.version())
        .param("a", fact.dyad().first().code())
        .param("b", fact.dyad().second().code())
        .param("type", fact.type().name())
        .param("level", fact.level().name())
        .param("label", fact.label())
        .param("labelEn", fact.labelEn())
        .param("date", fact.date().toString())
        .param("earliest", fact.date().earliest())
        .param("latest", fact.date().latest())
        .param("recordedAt", Timestamp.from(fact.recordedAt()))
        .param("position", fact.position())
        .update();
  }

  @Override
  public List<PartnershipFact> partnerships(Dyad dyad) {
    return jdbc.sql(
            """
            SELECT development_id, version, actor_a, actor_b, type, level, label, label_en,
                   date_text, recorded_at, position
            FROM relationship_partnership
            WHERE actor_a = ? AND actor_b = ? AND superseded_at IS NULL""")
        .param(dyad.first().code())
        .param(dyad.second().code())
        .query(
            (rs, n) ->
                new PartnershipFact(
                    new DevelopmentId(rs.getObject("development_id", UUID.class)),
                    rs.getInt("version"),
                    new Dyad(
                        ActorCode.of(rs.getString("actor_a")),
                        ActorCode.of(rs.getString("actor_b"))),
                    DevelopmentType.valueOf(rs.getString("type")),
                    PartnershipLevel.valueOf(rs.getString("level")),
                    rs.getString("label"),
                    rs.getString("label_en"),
                    PartialDate.parse(rs.getString("date_text")),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getLong("position")))
        .list();
  }

  @Override
  public void supersede(DevelopmentId id, int version, boolean inclusive, Instant at) {
    jdbc.sql(
            "UPDATE relationship_partnership SET superseded_at = :at WHERE development_id = :id"
                + " AND superseded_at IS NULL AND version "
                + (inclusive ? "<=" : "<")
                + " :version")
        .param("at", Timestamp.from(at))
        .param("id", id.value())
        .param("version", version)
        .update();
  }

  @Override
  public void clear() {
    jdbc.sql("DELETE FROM relationship_partnership").update();
  }
}
