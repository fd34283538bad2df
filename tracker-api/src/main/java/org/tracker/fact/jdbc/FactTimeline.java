package org.tracker.fact.jdbc;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.TimelinePage;
import org.tracker.fact.api.TimelineQuery;
import org.tracker.shared.Within;

/**
 * The timeline read of {@link JdbcFactStore}. One actor's timeline (and a pair's) is driven by the
 * narrow {@code fact_actor} index, ordered as the page is, so the page is read in order and the
 * total counts narrow entries; the whole timeline by {@code fact}. Either way only the page's
 * contents are read.
 */
final class FactTimeline {

  private static final String COLUMNS = "development_id, version, content, recorded_at, position";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final JdbcTemplate jdbc;
  private final RowMapper<Fact> fact;

  FactTimeline(JdbcTemplate jdbc, RowMapper<Fact> fact) {
    this.jdbc = jdbc;
    this.fact = fact;
  }

  TimelinePage page(TimelineQuery q) {
    Known known = Known.at(q.knownAt(), "t.");
    StringBuilder from =
        new StringBuilder(q.actor() != null ? " FROM fact_actor t" : " FROM fact t");
    StringBuilder where =
        new StringBuilder(" WHERE t.earliest IS NOT NULL AND ").append(known.sql());
    List<Object> args = new ArrayList<>(known.args());
    if (q.actor() != null) {
      where.append(" AND t.actor = ?");
      args.add(q.actor().code());
    }
    if (q.partner() != null) {
      // the partner's entry of the same version, by fact_actor's primary key
      where.append(
          " AND EXISTS (SELECT 1 FROM fact_actor p WHERE p.actor = ?"
              + " AND p.development_id = t.development_id AND p.version = t.version)");
      args.add(q.partner().code());
    }
    if (q.types() != null && !q.types().isEmpty()) {
      where.append(" AND t.type = ANY(?::varchar[])");
      args.add(q.types().stream().map(Enum::name).toArray(String[]::new));
    }
    range(q, where, args);
    if (q.asOf() != null) {
      where.append(" AND t.earliest <= ?");
      args.add(Date.valueOf(q.asOf()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      String alias = "t.";
      if (q.actor() != null) {
        from.append(" JOIN fact f USING (development_id, version)");
        alias = "f.";
      }
      text(q.text(), alias, where, args);
    }
    Long total = jdbc.queryForObject("SELECT count(*)" + from + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) q.page() * q.size());
    List<Object[]> keys =
        jdbc.query(
            "SELECT t.development_id, t.version"
                + from
                + where
                + " ORDER BY t.earliest, t.position, t.development_id, t.version LIMIT ? OFFSET ?",
            (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)},
            pageArgs.toArray());
    return new TimelinePage(read(keys), total == null ? 0 : total, q.page(), q.size());
  }

  /**
   * The date range, compared as {@link Within} says: the end of a fact's range it names against
   * {@code from}, the other against {@code to}. A fact's range is at most a calendar year, so where
   * {@code latest} is compared a redundant bound on {@code earliest} lets the ordered index start
   * (or stop) near the range instead of at the actor's first (or last) fact.
   */
  private static void range(TimelineQuery q, StringBuilder where, List<Object> args) {
    Within within = q.within();
    if (q.from() != null) {
      where.append(" AND t.").append(column(within.comparedWithFrom())).append(" >= ?");
      args.add(Date.valueOf(q.from()));
      if (within.comparedWithFrom() == Within.End.LATEST) {
        where.append(" AND t.earliest >= ?");
        args.add(Date.valueOf(q.from().minusDays(366)));
      }
    }
    if (q.to() != null) {
      where.append(" AND t.").append(column(within.comparedWithTo())).append(" <= ?");
      args.add(Date.valueOf(q.to()));
      if (within.comparedWithTo() == Within.End.LATEST) {
        where.append(" AND t.earliest <= ?");
        args.add(Date.valueOf(q.to()));
      }
    }
  }

  private static String column(Within.End end) {
    return end == Within.End.EARLIEST ? "earliest" : "latest";
  }

  /**
   * A substring of the searchable text, or exactly (spaces around aside) the development's id or
   * the id or code of what it is about (its subject: agreement and project ids are lower case,
   * actor codes upper case). Matched in the query, so facts projected before ids were searchable
   * are found as well.
   */
  private static void text(String text, String alias, StringBuilder where, List<Object> args) {
    where.append(" AND (").append(alias).append("search LIKE ? ESCAPE '\\'");
    args.add("%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
    String exact = text.strip();
    where.append(" OR ").append(alias).append("subject = ANY(?::varchar[])");
    args.add(new String[] {exact, exact.toLowerCase(Locale.ROOT), exact.toUpperCase(Locale.ROOT)});
    Optional<UUID> id = developmentId(exact);
    if (id.isPresent()) {
      where.append(" OR ").append(alias).append("development_id = ?");
      args.add(id.get());
    }
    where.append(")");
  }

  private static Optional<UUID> developmentId(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return UUID_TEXT.matcher(lower).matches()
        ? Optional.of(UUID.fromString(lower))
        : Optional.empty();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The page's facts by their keys, in the keys' order. */
  private List<Fact> read(List<Object[]> keys) {
    List<Fact> items = new ArrayList<>(keys.size());
    if (keys.isEmpty()) {
      return items;
    }
    Map<String, Fact> byKey = new HashMap<>();
    jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM fact WHERE (development_id, version) IN"
            + " (SELECT * FROM unnest(?::uuid[], ?::int[]))",
        rs -> {
          Fact f = fact.mapRow(rs, 0);
          byKey.put(f.developmentId() + "/" + f.version(), f);
        },
        keys.stream().map(k -> k[0]).toArray(UUID[]::new),
        keys.stream().map(k -> k[1]).toArray(Integer[]::new));
    for (Object[] k : keys) {
      items.add(byKey.get(k[0] + "/" + k[1]));
    }
    return items;
  }
}
