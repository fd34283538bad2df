package org.tracker.admin.generations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.tracker.infrastructure.axon.AppendLock;

/**
 * Holding the head of the log still for a moment: appends wait on the append lock (ADR 0004), taken
 * exclusively, while a spare generation — and, for a verification, the live one — reach it.
 */
final class HeadPause {

  /** How long appends may be held back while the generations reach the head. */
  static final long PAUSE_MILLIS = 5_000;

  private HeadPause() {}

  /**
   * A connection holding the append lock: appends wait until it commits or closes. Waits at most 2
   * s for the lock (an import holds it while it writes).
   */
  static Connection pauseAppends(DataSource dataSource) throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL lock_timeout = '2s'");
      }
      AppendLock.takeExclusive(c);
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** Waits (briefly: {@link #PAUSE_MILLIS}) until a position reaches {@code head}. */
  static boolean reaches(LongSupplier position, long head) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PAUSE_MILLIS);
    while (position.getAsLong() < head) {
      if (System.nanoTime() > until) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
