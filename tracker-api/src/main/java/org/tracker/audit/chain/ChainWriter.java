package org.tracker.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.tracker.audit.chain.Chain.StoredEvent;
import org.tracker.infrastructure.axon.AppendLock;

/**
 * Seals committed events in global order (ADR 0019). One round seals, batch by batch, every event
 * after the last seal up to the first position that is not settled yet. Only one writer seals at a
 * time, whichever instance it runs in: each batch's transaction first takes a PostgreSQL advisory
 * lock ({@link #LOCK_KEY}) without waiting, and a writer that does not get it leaves the round to
 * the one that has it.
 *
 * <p>The gap rule: the next position may be missing while later ones are committed — an append
 * still in flight (appends commit out of order), or one rolled back (a gap for good). Every append
 * holds {@link AppendLock} shared until it ends, so when the writer can take that lock exclusively
 * for an instant (without waiting) no append is in flight, and a position still missing then is a
 * gap: the next seal links over it. When it cannot, the round stops there and the next round asks
 * again. Should appends keep overlapping so that the lock is never free at the instant it asks, a
 * gap pending for longer than the settle delay makes the writer <em>queue</em> for the lock, for at
 * most {@link #PATIENCE}: PostgreSQL queues later (shared) requests behind a waiting exclusive one,
 * so the appends in flight drain and the question gets its answer; appends arriving meanwhile wait
 * that long at most, and only then.
 */
public final class ChainWriter {

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  /** The writer's advisory lock: any fixed number no other code of ours uses. */
  public static final long LOCK_KEY = 0x7472_6163_6B63_6861L; // "trackcha"

  /** How long a writer queues for the append lock once a gap has waited the settle delay. */
  public static final Duration PATIENCE = Duration.ofMillis(200);

  private final DataSource dataSource;
  private final int batchSize;
  private final Duration settle;
  private long pendingGap = -1;
  private long pendingSince;

  /**
   * @param batchSize events sealed per transaction
   * @param settle how long a missing position may stay undecided before the writer queues for the
   *     append lock instead of only trying it
   */
  public ChainWriter(DataSource dataSource, int batchSize, Duration settle) {
    this.dataSource = dataSource;
    this.batchSize = batchSize;
    this.settle = settle;
  }

  /** Seals every settled event not sealed yet; answers how many it sealed. */
  public synchronized long sealPending() throws SQLException {
    long total = 0;
    while (true) {
      Batch batch = sealBatch();
      total += batch.sealed();
      if (!batch.more()) {
        return total;
      }
    }
  }

  private record Batch(int sealed, boolean more) {}

  private record Seal(long position, byte[] previous, byte[] content, byte[] hash) {}

  private Batch sealBatch() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!lock(c, "pg_try_advisory_xact_lock", LOCK_KEY)) {
          c.rollback();
          return new Batch(0, false);
        }
        long position = 0;
        byte[] previous = Chain.GENESIS;
        try (PreparedStatement head =
                c.prepareStatement(
                    "SELECT position, hash FROM event_seal ORDER BY position DESC LIMIT 1");
            ResultSet rs = head.executeQuery()) {
          if (rs.next()) {
            position = rs.getLong(1);
            previous = rs.getBytes(2);
          }
        }
        List<StoredEvent> events = after(c, position);
        List<Seal> seals = new ArrayList<>();
        long expected = position + 1;
        for (StoredEvent event : events) {
          if (event.position() != expected && !gaps(c, expected, event.position())) {
            break;
          }
          byte[] content = Chain.content(event);
          byte[] hash = Chain.link(previous, event.position(), content);
          seals.add(new Seal(event.position(), previous, content, hash));
          previous = hash;
          expected = event.position() + 1;
        }
        insert(c, seals);
        c.commit();
        return new Batch(seals.size(), seals.size() == batchSize);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        releaseSessionLocks(c);
        throw e;
      }
    }
  }

  /**
   * Drops the append lock should a failure have left it held by this pooled connection, which would
   * otherwise keep every append waiting until the connection closed.
   */
  private static void releaseSessionLocks(Connection c) {
    try (Statement unlock = c.createStatement()) {
      unlock.execute("SELECT pg_advisory_unlock_all()");
    } catch (SQLException e) {
      // a connection that cannot even do this is broken: its session, and its locks, end with it
    }
  }

  private List<StoredEvent> after(Connection c, long position) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + Chain.COLUMNS
                + " FROM domain_event_entry WHERE global_index > ?"
                + " ORDER BY global_index LIMIT ?")) {
      select.setLong(1, position);
      select.setInt(2, batchSize);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          events.add(Rows.event(rs));
        }
      }
    }
    return events;
  }

  /**
   * Whether positions {@code from} (inclusive) to {@code to} (exclusive), missing when the batch
   * was read, are gaps: no append is in flight (the append lock is free) and none of them has been
   * committed since.
   */
  private boolean gaps(Connection c, long from, long to) throws SQLException {
    boolean settled = pendingGap == from && System.nanoTime() - pendingSince >= settle.toNanos();
    if (!(settled ? queueForAppendLock(c) : lock(c, "pg_try_advisory_lock", AppendLock.KEY))) {
      if (pendingGap != from) {
        pendingGap = from;
        pendingSince = System.nanoTime();
      }
      return false;
    }
    pendingGap = -1;
    try (PreparedStatement committed =
        c.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM domain_event_entry"
                + " WHERE global_index >= ? AND global_index < ?)")) {
      committed.setLong(1, from);
      committed.setLong(2, to);
      try (ResultSet rs = committed.executeQuery()) {
        rs.next();
        return !rs.getBoolean(1);
      }
    } finally {
      lock(c, "pg_advisory_unlock", AppendLock.KEY);
    }
  }

  /**
   * Waits for the append lock, exclusively, at most {@link #PATIENCE}; answers whether it got it.
   */
  private static boolean queueForAppendLock(Connection c) throws SQLException {
    Savepoint before = c.setSavepoint();
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL lock_timeout = '" + PATIENCE.toMillis() + "ms'");
      s.execute("SELECT pg_advisory_lock(" + AppendLock.KEY + ")");
      s.execute("SET LOCAL lock_timeout = DEFAULT");
      c.releaseSavepoint(before);
      return true;
    } catch (SQLException e) {
      if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(before);
      return false;
    }
  }

  /** One statement per batch: the seals as four arrays, unnested into rows. */
  private static void insert(Connection c, List<Seal> seals) throws SQLException {
    if (seals.isEmpty()) {
      return;
    }
    Long[] positions = new Long[seals.size()];
    byte[][] previous = new byte[seals.size()][];
    byte[][] contents = new byte[seals.size()][];
    byte[][] hashes = new byte[seals.size()][];
    for (int i = 0; i < seals.size(); i++) {
      Seal seal = seals.get(i);
      positions[i] = seal.position();
      previous[i] = seal.previous();
      contents[i] = seal.content();
      hashes[i] = seal.hash();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO event_seal (position, previous_hash, content_hash, hash)"
                + " SELECT * FROM unnest(?::bigint[], ?::bytea[], ?::bytea[], ?::bytea[])")) {
      insert.setArray(1, c.createArrayOf("bigint", positions));
      insert.setArray(2, c.createArrayOf("bytea", previous));
      insert.setArray(3, c.createArrayOf("bytea", contents));
      insert.setArray(4, c.createArrayOf("bytea", hashes));
      insert.executeUpdate();
    }
  }

  private static boolean lock(Connection c, String function, long key) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT " + function + "(?)")) {
      lock.setLong(1, key);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
