package org.tracker.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.tracker.audit.chain.Chain.StoredEvent;
import org.tracker.audit.chain.Verification.Break;
import org.tracker.audit.chain.Verification.Head;
import org.tracker.audit.chain.Verification.Kind;
import org.tracker.audit.chain.Verification.Unsealed;

/**
 * Recomputes the chain from the log (ADR 0019): walks the events and the seals side by side in
 * position order, in one read-only snapshot, streaming both, and stops at the first disagreement.
 * Used by {@code GET /api/audit/verify}, checkpoint verification and {@code java -jar tracker.jar
 * verify}; needs nothing but a JDBC connection.
 */
public final class ChainVerifier {

  private static final int FETCH = 1000;

  private final Clock clock;

  public ChainVerifier(Clock clock) {
    this.clock = clock;
  }

  /** Verifies the whole log. */
  public Verification verify(Connection c) throws SQLException {
    return verify(c, Long.MAX_VALUE);
  }

  /** Verifies the log up to and including {@code upTo}; later events count as unsealed. */
  public Verification verify(Connection c, long upTo) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    int isolation = c.getTransactionIsolation();
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setAutoCommit(false);
    try (PreparedStatement seals =
            c.prepareStatement(
                "SELECT position, previous_hash, content_hash, hash FROM event_seal"
                    + " WHERE position <= ? ORDER BY position");
        PreparedStatement events =
            c.prepareStatement(
                "SELECT " + Chain.COLUMNS + " FROM domain_event_entry ORDER BY global_index")) {
      seals.setFetchSize(FETCH);
      seals.setLong(1, upTo);
      events.setFetchSize(FETCH);
      try (ResultSet s = seals.executeQuery();
          ResultSet e = events.executeQuery()) {
        return walk(c, s, e);
      }
    } finally {
      c.rollback();
      c.setTransactionIsolation(isolation);
      c.setAutoCommit(autoCommit);
    }
  }

  private Verification walk(Connection c, ResultSet seals, ResultSet events) throws SQLException {
    long count = 0;
    Head head = new Head(0, Chain.hex(Chain.GENESIS));
    byte[] previous = Chain.GENESIS;
    boolean sealLeft = seals.next();
    boolean eventLeft = events.next();
    while (sealLeft) {
      long sealed = seals.getLong("position");
      long position = eventLeft ? events.getLong("global_index") : Long.MAX_VALUE;
      if (sealed < position) {
        return Verification.broken(
            count,
            head,
            new Break(
                sealed,
                Kind.ROW_MISSING,
                "the event sealed at position " + sealed + " is no longer in the log",
                null));
      }
      if (position < sealed) {
        return Verification.broken(
            count,
            head,
            new Break(
                position,
                Kind.ROW_ADDED,
                "the event at position "
                    + position
                    + " sits among sealed events but was never sealed: it was added (or moved"
                    + " there) after the events around it were sealed",
                null));
      }
      if (!Arrays.equals(seals.getBytes("previous_hash"), previous)) {
        return Verification.broken(
            count,
            head,
            new Break(
                sealed,
                Kind.ROW_MISSING,
                "the seal at position "
                    + sealed
                    + " does not follow the one at position "
                    + head.position()
                    + ": a sealed event and its seal were removed between them",
                null));
      }
      StoredEvent event = Rows.event(events);
      byte[] content = Chain.content(event);
      if (!Arrays.equals(seals.getBytes("content_hash"), content)) {
        Long other = sealedWith(c, content);
        Break broken =
            other == null
                ? new Break(
                    position,
                    Kind.PAYLOAD_CHANGED,
                    "the event at position "
                        + position
                        + " is not what was sealed there: its payload, metadata, time, type or"
                        + " stream changed",
                    null)
                : new Break(
                    position,
                    Kind.ORDER_CHANGED,
                    "the event at position " + position + " was sealed at position " + other,
                    other);
        return Verification.broken(count, head, broken);
      }
      byte[] hash = seals.getBytes("hash");
      if (!Arrays.equals(Chain.link(previous, position, content), hash)) {
        return Verification.broken(
            count,
            head,
            new Break(
                position,
                Kind.SEAL_CHANGED,
                "the seal at position " + position + " does not follow from its event",
                null));
      }
      previous = hash;
      head = new Head(position, Chain.hex(hash));
      count++;
      sealLeft = seals.next();
      eventLeft = events.next();
    }
    return Verification.holding(count, head, unsealed(events, eventLeft));
  }

  private Unsealed unsealed(ResultSet events, boolean eventLeft) throws SQLException {
    if (!eventLeft) {
      return new Unsealed(0, null, null);
    }
    long oldest = events.getLong("global_index");
    Double age = ageSeconds(events.getString("time_stamp"));
    long count = 1;
    while (events.next()) {
      count++;
    }
    return new Unsealed(count, oldest, age);
  }

  private Double ageSeconds(String timestamp) {
    try {
      Duration age = Duration.between(Instant.parse(timestamp), clock.instant());
      return Math.max(0, age.toMillis()) / 1000.0;
    } catch (DateTimeParseException | NullPointerException e) {
      return null;
    }
  }

  /** The position whose seal has this content digest, if any (only asked once it breaks). */
  private static Long sealedWith(Connection c, byte[] content) throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT position FROM event_seal WHERE content_hash = ? ORDER BY position LIMIT 1")) {
      find.setBytes(1, content);
      try (ResultSet rs = find.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }
}
