package org.tracker.infrastructure.axon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection writes made within an Axon unit of work — a streaming processor handles a batch of
 * events in one — collected and sent as one JDBC batch per statement when it prepares to commit, in
 * the same transaction as the processor's token. Outside a unit of work a statement runs at once.
 *
 * <p>Statements are sent by phase (a store's inserts before its updates, say), each phase's
 * statements in the order they were first added and each statement's rows in event order. When a
 * batch fails, {@link PoisonEventIsolation} handles its events again one at a time, sending each
 * event's statements as soon as its handler returns ({@link #sendPending()}), so the failing event
 * is the one dead-lettered.
 */
@Component
public class BatchedStatements {

  private static final String RESOURCE = BatchedStatements.class.getName();

  private final JdbcTemplate jdbc;

  public BatchedStatements(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Adds a statement to the current unit of work's batch (or runs it now, outside one). */
  public void add(int phase, String sql, Object[] args) {
    if (!CurrentUnitOfWork.isStarted()) {
      jdbc.update(sql, args);
      return;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    unitOfWork
        .getOrComputeResource(
            RESOURCE,
            key -> {
              Pending pending = new Pending(jdbc);
              unitOfWork.onPrepareCommit(u -> pending.send());
              return pending;
            })
        .add(phase, sql, args);
  }

  /** Sends what the current unit of work has collected so far. */
  static void sendPending() {
    pending().ifPresent(Pending::send);
  }

  /** Forgets what the current unit of work has collected (its event was rolled back). */
  static void discardPending() {
    pending().ifPresent(Pending::clear);
  }

  private static java.util.Optional<Pending> pending() {
    if (!CurrentUnitOfWork.isStarted()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(CurrentUnitOfWork.get().getResource(RESOURCE));
  }

  private static final class Pending {
    private final JdbcTemplate jdbc;
    private final Map<Integer, Map<String, List<Object[]>>> phases = new TreeMap<>();

    Pending(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    void add(int phase, String sql, Object[] args) {
      phases
          .computeIfAbsent(phase, p -> new LinkedHashMap<>())
          .computeIfAbsent(sql, s -> new ArrayList<>())
          .add(args);
    }

    void send() {
      List<Map<String, List<Object[]>>> toSend = new ArrayList<>(phases.values());
      phases.clear(); // whatever happens, these rows are sent once
      for (Map<String, List<Object[]>> statements : toSend) {
        statements.forEach(jdbc::batchUpdate);
      }
    }

    void clear() {
      phases.clear();
    }
  }
}
