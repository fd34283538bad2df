package org.tracker.infrastructure.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;

/** Tells the database being out of reach from every other failure, however deeply wrapped. */
public final class DatabaseFaults {

  private DatabaseFaults() {}

  /**
   * Whether a failure comes from the database being unreachable or shutting down (connection
   * refused or lost, pool timeout, a transaction that could not begin or end, PostgreSQL's class 08
   * or 57P0x), however deeply Axon or a service wrapped it. Such a request may succeed later: it is
   * answered 503, never as a conflict.
   */
  public static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof DataAccessResourceFailureException
          // beginning, committing or rolling back failed: the connection is gone
          || t instanceof TransactionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
    }
    return false;
  }
}
