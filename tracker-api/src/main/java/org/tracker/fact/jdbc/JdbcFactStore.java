package org.tracker.fact.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.FactStore;
import org.tracker.fact.FactText;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.fact.api.TimelinePage;
import org.tracker.fact.api.TimelineQuery;
import org.tracker.infrastructure.axon.BatchedStatements;
import org.tracker.infrastructure.database.JsonColumn;
import org.tracker.shared.ActorCode;

/**
 * The fact table (migrations/V008) and its actor and dyad indexes (V010, V017). Writes made by the
 * projection are sent as JDBC batches when its unit of work prepares to commit ({@link
 * BatchedStatements}).
 */
@Repository
public class JdbcFactStore implements FactStore, Facts {

  private static final String COLUMNS = "development_id, version, content, recorded_at, position";
  private static final String F_COLUMNS =
      "f.development_id, f.version, f.content, f.recorded_at, f.position";
  private static final String PUT =
      """
      INSERT INTO fact (development_id, version, type, earliest, latest, actors, subject, parent,
                        content, search, recorded_at, position)
      VALUES (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)
      ON CONFLICT (development_id, version) DO UPDATE SET
        type = excluded.type, earliest = excluded.earliest, latest = excluded.latest,
        actors = excluded.actors, subject = excluded.subject, parent = excluded.parent,
        content = excluded.content, search = excluded.search, recorded_at = excluded.recorded_at,
        position = excluded.position""";
  private static final String PUT_ACTOR =
      """
      INSERT INTO fact_actor (actor, earliest, position, development_id, version, type, latest,
                              recorded_at, subject)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
  private static final String PUT_DYAD =
      """
      INSERT INTO fact_dyad (actor_a, actor_b, earliest, development_id, version)
      VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
  private static final String SUPERSEDE =
      "UPDATE fact SET superseded_at = ? WHERE development_id = ? AND superseded_at IS NULL"
          + " AND version < ?";
  private static final String SUPERSEDE_ACTOR =
      "UPDATE fact_actor SET superseded_at = ? WHERE development_id = ?"
          + " AND superseded_at IS NULL AND version < ?";

  private final JdbcTemplate jdbc;
  private final BatchedStatements writes;
  private final JsonColumn<DevelopmentContent> contents;
  private final FactLookups lookups;
  private final FactTimeline timeline;

  public JdbcFactStore(
      DataSource dataSource,
      BatchedStatements writes,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.writes = writes;
    this.contents = new JsonColumn<>(json, DevelopmentContent.class);
    this.lookups = new FactLookups(jdbc, this::fact);
    this.timeline = new FactTimeline(jdbc, this::fact);
  }

  // ------------------------------------------------------------------------------------------
  // writing

  @Override
  public void put(Fact fact) {
    DevelopmentContent c = fact.content();
    UUID id = fact.developmentId().value();
    Date earliest = c.date() == null ? null : Date.valueOf(c.date().earliest());
    Date latest = c.date() == null ? null : Date.valueOf(c.date().latest());
    Timestamp recordedAt = Timestamp.from(fact.recordedAt());
    List<String> actors = c.actors().stream().map(ActorCode::code).distinct().sorted().toList();
    String subject = FactText.subject(c);
    write(
        PUT,
        new Object[] {
          id,
          fact.version(),
          c.type().name(),
          earliest,
          latest,
          actors.toArray(String[]::new),
          subject,
          FactText.parent(c),
          contents.write(c),
          FactText.searchable(c),
          recordedAt,
          fact.position()
        });
    for (int i = 0; i < actors.size(); i++) {
      write(
          PUT_ACTOR,
          new Object[] {
            actors.get(i),
            earliest,
            fact.position(),
            id,
            fact.version(),
            c.type().name(),
            latest,
            recordedAt,
            subject
          });
      for (int j = i + 1; j < actors.size(); j++) {
        write(PUT_DYAD, new Object[] {actors.get(i), actors.get(j), earliest, id, fact.version()});
      }
    }
  }

  @Override
  public void supersede(DevelopmentId id, int version, boolean inclusive, Instant at) {
    Object[] args = {Timestamp.from(at), id.value(), inclusive ? version + 1 : version};
    write(SUPERSEDE, args);
    write(SUPERSEDE_ACTOR, args);
  }

  @Override
  public void clear() {
    // in the reset's transaction: readers wait for its commit (a rebuild answers 503 meanwhile)
    jdbc.update("TRUNCATE fact_dyad, fact_actor, fact");
  }

  /**
   * Inserts go before updates within a batch. That order is safe because inserts are keyed and
   * idempotent and an update only marks versions below a given one as superseded, whenever those
   * rows were inserted.
   */
  private void write(String sql, Object[] args) {
    writes.add(sql.startsWith("UPDATE") ? 1 : 0, sql, args);
  }

  // ------------------------------------------------------------------------------------------
  // reading

  @Override
  public List<Fact> withActor(ActorCode actor, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt, "a.");
    List<Object> args = new ArrayList<>();
    args.add(actor.code());
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + F_COLUMNS
            + " FROM fact_actor a JOIN fact f USING (development_id, version)"
            + " WHERE a.actor = ? AND a.earliest <= ? AND "
            + known.sql(),
        this::fact,
        args.toArray());
  }

  @Override
  public List<Fact> between(ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt, "f.");
    boolean ordered = one.compareTo(other) < 0;
    List<Object> args = new ArrayList<>();
    args.add((ordered ? one : other).code());
    args.add((ordered ? other : one).code());
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + F_COLUMNS
            + " FROM fact_dyad d JOIN fact f USING (development_id, version)"
            + " WHERE d.actor_a = ? AND d.actor_b = ? AND d.earliest <= ? AND "
            + known.sql(),
        this::fact,
        args.toArray());
  }

  @Override
  public List<Fact> about(Collection<String> subjects, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(subjects.toArray(String[]::new));
    String happened = "";
    if (asOf != null) {
      happened = " AND earliest <= ?";
      args.add(Date.valueOf(asOf));
    }
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact WHERE subject = ANY(?::varchar[])"
            + happened
            + " AND "
            + known.sql(),
        this::fact,
        args.toArray());
  }

  @Override
  public List<Fact> about(
      Collection<String> subjects, Set<DevelopmentType> types, LocalDate asOf, Instant knownAt) {
    return lookups.about(subjects, types, asOf, knownAt);
  }

  @Override
  public List<Fact> withAnyOf(Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    return lookups.withAnyOf(actors, asOf, knownAt);
  }

  @Override
  public List<Fact> ofTypesNaming(
      Set<DevelopmentType> types, Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    return lookups.ofTypesNaming(types, actors, asOf, knownAt);
  }

  @Override
  public List<Fact> agreementFacts(
      Collection<String> agreements,
      Collection<ActorCode> parties,
      LocalDate asOf,
      Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(agreements.toArray(String[]::new));
    args.add(Date.valueOf(asOf));
    args.add(codes(parties));
    args.add(DevelopmentType.agreementWide().stream().map(Enum::name).toArray(String[]::new));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact WHERE subject = ANY(?::varchar[]) AND earliest <= ?"
            + " AND (actors && ?::varchar[] OR type = ANY(?::varchar[])) AND "
            + known.sql(),
        this::fact,
        args.toArray());
  }

  /**
   * Each actor's agreements are read from the partial index {@code fact_actor_subject} (V017): its
   * entries of the agreement types, never the facts' contents; then the two sets are intersected.
   */
  @Override
  public Set<String> agreementsOfBoth(
      ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt) {
    return lookups.agreementsOfBoth(one, other, asOf, knownAt);
  }

  private static String[] codes(Collection<ActorCode> actors) {
    return actors.stream().map(ActorCode::code).toArray(String[]::new);
  }

  @Override
  public List<Fact> childrenOf(String parent, Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(parent);
    args.addAll(known.args());
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM fact WHERE parent = ? AND " + known.sql(),
        this::fact,
        args.toArray());
  }

  @Override
  public List<Fact> ofTypes(Set<DevelopmentType> types, Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(types.stream().map(Enum::name).toArray(String[]::new));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM fact WHERE type = ANY(?::varchar[]) AND " + known.sql(),
        this::fact,
        args.toArray());
  }

  @Override
  public Map<String, Long> countByType(ActorCode actor, LocalDate asOf, Instant knownAt) {
    return lookups.countByType(actor, asOf, knownAt);
  }

  @Override
  public TimelinePage timeline(TimelineQuery q) {
    return timeline.page(q);
  }

  private Fact fact(ResultSet rs, int row) throws SQLException {
    return new Fact(
        new DevelopmentId(rs.getObject("development_id", UUID.class)),
        rs.getInt("version"),
        contents.read(rs.getString("content")),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getLong("position"));
  }
}
