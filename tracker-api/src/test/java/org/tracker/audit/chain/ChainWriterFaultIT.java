package org.tracker.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.testing.TestDatabase;

/**
 * The chain writer failing midway on a pooled connection (one that stays open when "closed"): it
 * must not leave the append lock held by that connection, or every append would wait for it.
 */
class ChainWriterFaultIT {

  @Test
  void aGapCheckThatFailsInTheDatabaseLeavesTheAppendLockFree() throws Exception {
    TestDatabase db = TestDatabase.get().another();
    db.migrate("24");
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      for (int position : new int[] {1, 3}) { // 2 is a gap
        s.execute(
            "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                + " sequence_number, time_stamp, payload_type, payload) VALUES ("
                + position
                + ", 'e"
                + position
                + "', 'a', "
                + position
                + ", '2026-01-01T00:00:00Z', 'X', '{}')");
      }
    }
    try (Connection pooled = db.connect()) {
      ChainWriter writer = new ChainWriter(failingGapChecks(pooled), 1000, Duration.ofSeconds(5));

      assertThatThrownBy(writer::sealPending).isInstanceOf(SQLException.class);

      try (Connection appender = db.connect();
          Statement s = appender.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + AppendLock.KEY + ")")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("the append lock is free").isTrue();
      }
    }
  }

  /**
   * A data source handing out one connection that stays open (as a pool's does), on which the gap
   * check's query fails in the database (so its transaction is aborted there).
   */
  private static DataSource failingGapChecks(Connection real) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  if (method.getName().equals("prepareStatement")
                      && args[0] instanceof String sql
                      && sql.startsWith("SELECT EXISTS")) {
                    return real.prepareStatement(
                        // division by zero, in the database; its two parameters as the real one's
                        "SELECT 1 / 0 = 1 WHERE ? < 0 OR ? < 0");
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return connection;
      }

      @Override
      public Connection getConnection(String user, String password) {
        return connection;
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        return null;
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }
}
