package org.tracker.admin.generations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pointer rows ({@code projection_generation}, V026): per streaming projection, which of its
 * two generations of tables is live, whether that one has had its first build, and the build of the
 * spare one when a rebuild or a verification runs — on which instance, up to where, seen when.
 */
@Repository
public class GenerationPointers {

  /** What a spare generation is being built for. */
  public enum Purpose {
    /** To become live: the pointer flips to it when it has caught up. */
    REBUILDING,
    /** To be compared with the live one, row by row, at the same position of the log. */
    VERIFYING
  }

  /** One projection's pointer row. */
  public record Pointer(
      String projection,
      int live,
      boolean built,
      Long buildTarget,
      Instant flippedAt,
      String spareState,
      String spareNode,
      Long spareTarget,
      Instant spareStartedAt,
      Instant spareSeenAt,
      boolean spareCaughtUp,
      String spareReport) {

    public int spare() {
      return 1 - live;
    }

    /** The schema of one of its generations: {@code facts_g0}. */
    public String schema(int generation) {
      return schema(projection, generation);
    }

    public static String schema(String projection, int generation) {
      return projection.replace('-', '_') + "_g" + generation;
    }

    public boolean building() {
      return !"IDLE".equals(spareState);
    }
  }

  /** How long a build's instance may stay silent before another may take the build over. */
  static final long ABANDONED_AFTER_SECONDS = 15;

  private final JdbcClient jdbc;

  public GenerationPointers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Pointer> of(String projection) {
    return jdbc.sql("SELECT * FROM projection_generation WHERE projection = ?")
        .param(projection)
        .query(GenerationPointers::pointer)
        .optional();
  }

  public List<Pointer> all() {
    return jdbc.sql("SELECT * FROM projection_generation ORDER BY projection")
        .query(GenerationPointers::pointer)
        .list();
  }

  /**
   * Takes the spare generation for a build on {@code node}, if no build runs there (or the one that
   * ran was abandoned: its instance silent for {@link #ABANDONED_AFTER_SECONDS}).
   */
  boolean takeSpare(String projection, Purpose purpose, String node, long target) {
    return jdbc.sql(
                """
                UPDATE projection_generation
                   SET spare_state = :purpose, spare_node = :node, spare_target = :target,
                       spare_started_at = now(), spare_seen_at = now(), spare_caught_up = false
                 WHERE projection = :projection
                   AND (spare_state = 'IDLE'
                        OR spare_seen_at < now() - make_interval(secs => :abandoned))
                """)
            .param("purpose", purpose.name())
            .param("node", node)
            .param("target", target)
            .param("projection", projection)
            .param("abandoned", ABANDONED_AFTER_SECONDS)
            .update()
        == 1;
  }

  /** The build's instance is alive (and whether its spare has reached the head); false: not its. */
  boolean seen(String projection, String node, boolean caughtUp) {
    return jdbc.sql(
                "UPDATE projection_generation SET spare_seen_at = now(), spare_caught_up = ?"
                    + " WHERE projection = ? AND spare_node = ? AND spare_state <> 'IDLE'")
            .params(caughtUp, projection, node)
            .update()
        == 1;
  }

  /** Ends the build of {@code node} (if still its), leaving what it found. */
  void endSpare(String projection, String node, String report, boolean flip) {
    jdbc.sql(
            """
            UPDATE projection_generation
               SET live = CASE WHEN :flip THEN 1 - live ELSE live END,
                   flipped_at = CASE WHEN :flip THEN now() ELSE flipped_at END,
                   spare_state = 'IDLE', spare_caught_up = false, spare_seen_at = now(),
                   spare_report = :report
             WHERE projection = :projection AND spare_node = :node AND spare_state <> 'IDLE'
            """)
        .param("flip", flip)
        .param("report", report)
        .param("projection", projection)
        .param("node", node)
        .update();
  }

  /** The live generation's first build has to reach {@code target} before it answers. */
  public void firstBuildUpTo(String projection, long target) {
    jdbc.sql(
            "UPDATE projection_generation SET built = false, build_target = ? WHERE projection = ?")
        .params(target, projection)
        .update();
  }

  public void built(String projection) {
    jdbc.sql("UPDATE projection_generation SET built = true WHERE projection = ? AND NOT built")
        .param(projection)
        .update();
  }

  private static Pointer pointer(ResultSet rs, int n) throws SQLException {
    return new Pointer(
        rs.getString("projection"),
        rs.getInt("live"),
        rs.getBoolean("built"),
        (Long) rs.getObject("build_target"),
        instant(rs.getTimestamp("flipped_at")),
        rs.getString("spare_state"),
        rs.getString("spare_node"),
        (Long) rs.getObject("spare_target"),
        instant(rs.getTimestamp("spare_started_at")),
        instant(rs.getTimestamp("spare_seen_at")),
        rs.getBoolean("spare_caught_up"),
        rs.getString("spare_report"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
