package org.tracker.fact.jdbc;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;

/**
 * The reads of {@link JdbcFactStore} that find few facts among many: of some types about some
 * subjects, naming any of a few actors, of rare types naming some actors.
 */
final class FactLookups {

  private static final String COLUMNS =
      "f.development_id, f.version, f.content, f.recorded_at, f.position";

  private final JdbcTemplate jdbc;
  private final RowMapper<Fact> fact;

  FactLookups(JdbcTemplate jdbc, RowMapper<Fact> fact) {
    this.jdbc = jdbc;
    this.fact = fact;
  }

  /** Through the index on subject, then the types. */
  List<Fact> about(
      Collection<String> subjects, Set<DevelopmentType> types, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt, "f.");
    List<Object> args = new ArrayList<>();
    args.add(subjects.toArray(String[]::new));
    args.add(names(types));
    String happened = "";
    if (asOf != null) {
      happened = " AND f.earliest <= ?";
      args.add(Date.valueOf(asOf));
    }
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact f WHERE f.subject = ANY(?::varchar[]) AND f.type = ANY(?::varchar[])"
            + happened
            + " AND "
            + known.sql(),
        fact,
        args.toArray());
  }

  /** Through the narrow actor index, as one actor's facts are read: each fact once. */
  List<Fact> withAnyOf(Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    if (actors.isEmpty()) {
      return List.of();
    }
    Known known = Known.at(knownAt, "a.");
    List<Object> args = new ArrayList<>();
    args.add(codes(actors));
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact f WHERE (f.development_id, f.version) IN (SELECT a.development_id,"
            + " a.version FROM fact_actor a WHERE a.actor = ANY(?::varchar[]) AND a.earliest <= ?"
            + " AND "
            + known.sql()
            + ")",
        fact,
        args.toArray());
  }

  /**
   * Through the index on type: as cheap as the types are rare (memberships, roles), however many
   * facts the actors have.
   */
  List<Fact> ofTypesNaming(
      Set<DevelopmentType> types, Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    if (actors.isEmpty()) {
      return List.of();
    }
    Known known = Known.at(knownAt, "f.");
    List<Object> args = new ArrayList<>();
    args.add(names(types));
    args.add(codes(actors));
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact f WHERE f.type = ANY(?::varchar[]) AND f.actors && ?::varchar[]"
            + " AND f.earliest <= ? AND "
            + known.sql(),
        fact,
        args.toArray());
  }

  private static String[] names(Set<DevelopmentType> types) {
    return types.stream().map(Enum::name).toArray(String[]::new);
  }

  private static String[] codes(Collection<ActorCode> actors) {
    return actors.stream().map(ActorCode::code).toArray(String[]::new);
  }

  /**
   * The agreements both actors had a development about by the day (from {@code fact_actor}'s
   * subject: each actor's agreements, intersected), the agreement types passed from core.
   */
  Set<String> agreementsOfBoth(ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt, "a.");
    String[] types = DevelopmentType.agreement().stream().map(Enum::name).toArray(String[]::new);
    String ofActor =
        "SELECT a.subject FROM fact_actor a WHERE a.actor = ? AND a.type = ANY(?::varchar[])"
            + " AND a.subject IS NOT NULL AND a.earliest <= ? AND "
            + known.sql();
    List<Object> args = new ArrayList<>();
    for (ActorCode actor : List.of(one, other)) {
      args.add(actor.code());
      args.add(types);
      args.add(Date.valueOf(asOf));
      args.addAll(known.args());
    }
    return new TreeSet<>(
        jdbc.queryForList(ofActor + " INTERSECT " + ofActor, String.class, args.toArray()));
  }

  /** How many developments naming the actor had happened by the day, by type. */
  Map<String, Long> countByType(ActorCode actor, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt, "");
    List<Object> args = new ArrayList<>();
    args.add(actor.code());
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(
        "SELECT type, count(*) FROM fact_actor WHERE actor = ? AND earliest <= ? AND "
            + known.sql()
            + " GROUP BY type",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        args.toArray());
    return counts;
  }
}
