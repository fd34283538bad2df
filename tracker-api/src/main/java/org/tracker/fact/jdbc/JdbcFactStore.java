package org.tracker.fact.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
import org.tracker.shared.ActorCode;

/**
 * The fact table (migrations/V008). Writes made within an Axon unit of work — a streaming processor
 * handles a batch of events in one — are sent as JDBC batches, in order, when it prepares to commit
 * (with the token, in one transaction).
 */
@Repository
public class JdbcFactStore implements FactStore, Facts {

  private static final String COLUMNS = "development_id, version, content, recorded_at, position";
  private static final String PUT =
      """
      INSERT INTO fact (development_id, version, type, date_text, earliest, latest, actors, subject,
                        parent, content, search, recorded_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)
      ON CONFLICT (development_id, version) DO UPDATE SET
        type = excluded.type, date_text = excluded.date_text, earliest = excluded.earliest,
        latest = excluded.latest, actors = excluded.actors, subject = excluded.subject,
        parent = excluded.parent, content = excluded.content, search = excluded.search,
        recorded_at = excluded.recorded_at, position = excluded.position""";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public JdbcFactStore(
      DataSource dataSource, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.json = json;
  }

  // ------------------------------------------------------------------------------------------
  // writing

  @Override
  public void put(Fact fact) {
    DevelopmentContent c = fact.content();
    write(
        PUT,
        new Object[] {
          fact.developmentId().value(),
          fact.version(),
          c.type().name(),
          c.date() == null ? null : c.date().toString(),
          c.date() == null ? null : Date.valueOf(c.date().earliest()),
          c.date() == null ? null : Date.valueOf(c.date().latest()),
          c.actors().stream().map(ActorCode::code).toArray(String[]::new),
          FactText.subject(c),
          c.text("parent"),
          serialize(c),
          FactText.searchable(c),
          Timestamp.from(fact.recordedAt()),
          fact.position()
        });
  }

  @Override
  public void supersede(DevelopmentId id, int version, boolean inclusive, Instant at) {
    write(
        "UPDATE fact SET superseded_at = ? WHERE development_id = ? AND superseded_at IS NULL"
            + (inclusive ? " AND version <= ?" : " AND version < ?"),
        new Object[] {Timestamp.from(at), id.value(), version});
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM fact");
  }

  private void write(String sql, Object[] args) {
    if (!CurrentUnitOfWork.isStarted()) {
      jdbc.update(sql, args);
      return;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    Writes writes =
        unitOfWork.getOrComputeResource(
            Writes.class.getName(),
            key -> {
              Writes w = new Writes();
              unitOfWork.onPrepareCommit(u -> w.flush());
              return w;
            });
    writes.add(sql, args);
  }

  /** Statements in order; consecutive ones with the same SQL go as one JDBC batch. */
  private final class Writes {
    private final List<String> sql = new ArrayList<>();
    private final List<Object[]> args = new ArrayList<>();

    void add(String statement, Object[] values) {
      sql.add(statement);
      args.add(values);
    }

    void flush() {
      int start = 0;
      for (int i = 1; i <= sql.size(); i++) {
        if (i == sql.size() || !sql.get(i).equals(sql.get(start))) {
          jdbc.batchUpdate(sql.get(start), args.subList(start, i));
          start = i;
        }
      }
      sql.clear();
      args.clear();
    }
  }

  // ------------------------------------------------------------------------------------------
  // reading

  @Override
  public List<Fact> withActors(Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(codes(actors));
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact WHERE actors @> ?::varchar[] AND earliest <= ? AND "
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
    args.addAll(known.args());
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact WHERE subject = ANY(?::varchar[]) AND earliest <= ?"
            + " AND (actors && ?::varchar[] OR type IN ('AGREEMENT_ENTERED_INTO_FORCE',"
            + " 'AGREEMENT_AMENDED', 'AGREEMENT_TERMINATED')) AND "
            + known.sql(),
        this::fact,
        args.toArray());
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
  public java.util.Map<String, Long> countByType(
      ActorCode actor, java.time.LocalDate asOf, Instant knownAt) {
    Known known = Known.at(knownAt);
    List<Object> args = new ArrayList<>();
    args.add(actor.code());
    args.add(Date.valueOf(asOf));
    args.addAll(known.args());
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT type, count(*) FROM fact WHERE actors @> ARRAY[?]::varchar[] AND earliest <= ? AND "
            + known.sql()
            + " GROUP BY type",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        args.toArray());
    return counts;
  }

  @Override
  public TimelinePage timeline(TimelineQuery q) {
    Known known = Known.at(q.knownAt());
    StringBuilder where = new StringBuilder(" WHERE earliest IS NOT NULL AND ").append(known.sql());
    List<Object> args = new ArrayList<>(known.args());
    if (q.actor() != null) {
      where.append(" AND actors @> ARRAY[?]::varchar[]");
      args.add(q.actor().code());
    }
    if (q.types() != null && !q.types().isEmpty()) {
      where.append(" AND type = ANY(?::varchar[])");
      args.add(q.types().stream().map(Enum::name).toArray(String[]::new));
    }
    if (q.from() != null) {
      where.append(" AND latest >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND earliest <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (q.asOf() != null) {
      where.append(" AND earliest <= ?");
      args.add(Date.valueOf(q.asOf()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      where.append(" AND search LIKE ? ESCAPE '\\'");
      args.add("%" + escape(q.text().toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM fact" + where, Long.class, args.toArray());
    // order and cut the page on narrow columns, then read only that page's contents
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) q.page() * q.size());
    List<Object[]> keys =
        jdbc.query(
            "SELECT development_id, version FROM fact"
                + where
                + " ORDER BY earliest, position, development_id, version LIMIT ? OFFSET ?",
            (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)},
            pageArgs.toArray());
    List<Fact> items = new ArrayList<>(keys.size());
    if (!keys.isEmpty()) {
      java.util.Map<String, Fact> byKey = new java.util.HashMap<>();
      jdbc.query(
          "SELECT "
              + COLUMNS
              + " FROM fact WHERE (development_id, version) IN (SELECT * FROM unnest(?::uuid[], ?::int[]))",
          rs -> {
            Fact f = fact(rs, 0);
            byKey.put(f.developmentId() + "/" + f.version(), f);
          },
          keys.stream().map(k -> k[0]).toArray(UUID[]::new),
          keys.stream().map(k -> k[1]).toArray(Integer[]::new));
      for (Object[] k : keys) {
        items.add(byKey.get(k[0] + "/" + k[1]));
      }
    }
    return new TimelinePage(items, total == null ? 0 : total, q.page(), q.size());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The facts known at a moment: recorded by then and not yet superseded. */
  private record Known(String sql, List<Object> args) {
    static Known at(Instant knownAt) {
      if (knownAt == null) {
        return new Known("superseded_at IS NULL", List.of());
      }
      Timestamp t = Timestamp.from(knownAt);
      return new Known(
          "recorded_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)", List.of(t, t));
    }
  }

  private Fact fact(ResultSet rs, int row) throws SQLException {
    return new Fact(
        new DevelopmentId(rs.getObject("development_id", UUID.class)),
        rs.getInt("version"),
        deserialize(rs.getString("content")),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getLong("position"));
  }

  private String serialize(DevelopmentContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write development content", e);
    }
  }

  private DevelopmentContent deserialize(String text) {
    try {
      return json.readValue(text, DevelopmentContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read development content", e);
    }
  }
}
