package org.tracker.infrastructure.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;

/**
 * A PostgreSQL advisory lock around appends to the log. Ordinary appends share it and never wait
 * for each other; a bulk import takes it exclusively for its (short) writing phase, so that no
 * other transaction commits events numbered after an import's still-uncommitted ones — which
 * streaming processors would otherwise have to treat as gaps, and might skip.
 */
public final class AppendLock {

  /** The lock's key: any fixed number no other code of ours uses. */
  public static final long KEY = 0x7472_6163_6B65_72L; // "tracker"

  private AppendLock() {}

  /** Axon's append statement, preceded by taking the shared lock in the same transaction. */
  public static AppendEventsStatementBuilder sharedForAppends() {
    return (connection, schema, dataType, events, serializer, timestampWriter) -> {
      take(connection, "pg_advisory_xact_lock_shared");
      return JdbcEventStorageEngineStatements.appendEvents(
          connection, schema, dataType, events, serializer, timestampWriter);
    };
  }

  /** Takes the lock exclusively until the current transaction ends. */
  public static void takeExclusive(Connection connection) throws SQLException {
    take(connection, "pg_advisory_xact_lock");
  }

  private static void take(Connection connection, String function) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
      lock.setLong(1, KEY);
      lock.execute();
    }
  }
}
