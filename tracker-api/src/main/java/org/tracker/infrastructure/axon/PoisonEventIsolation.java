package org.tracker.infrastructure.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes one bad event a dead letter instead of a stuck projection (docs/adr/0008).
 *
 * <p>Projections write a whole batch of events at once ({@link BatchedStatements}), which is what
 * makes them fast, but then a row the database refuses fails the batch after every handler has
 * returned, where Axon's dead-letter queue cannot see which event it was; and on PostgreSQL a
 * refused statement aborts the transaction, so even a handler writing directly would take every
 * later event of the batch (and the dead letter itself) down with it.
 *
 * <p>So when a projection's batch rolls back, the events it held are handled again one at a time:
 * each inside a savepoint, its statements sent as soon as its handler returns. A refused event is
 * rolled back to its savepoint and its handler fails, so the dead-letter queue parks exactly that
 * event (and later events of its sequence) in a transaction that can still commit, while the others
 * proceed. Past the failed batch, batching resumes. Retrying a dead letter is always handled this
 * way.
 *
 * <p>Applies to the event handlers of classes with a {@link ProcessingGroup} (the projections).
 */
@Component
public class PoisonEventIsolation implements HandlerEnhancerDefinition {

  private static final Logger log = LoggerFactory.getLogger(PoisonEventIsolation.class);
  private static final String BATCH = PoisonEventIsolation.class.getName() + ".batch";

  private final DataSource dataSource;

  /** Per processing group and segment: events up to this position are handled one at a time. */
  private final Map<String, Long> carefulUpTo = new ConcurrentHashMap<>();

  public PoisonEventIsolation(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (!original.canHandleMessageType(EventMessage.class)) {
      return original;
    }
    ProcessingGroup group;
    try {
      group =
          AnnotatedElementUtils.findMergedAnnotation(
              original.declaringClass(), ProcessingGroup.class);
    } catch (UnsupportedOperationException noDeclaringClass) {
      return original;
    }
    return group == null ? original : new Isolated<>(original, group.value());
  }

  private final class Isolated<T> extends WrappedMessageHandlingMember<T> {
    private final String group;

    Isolated(MessageHandlingMember<T> delegate, String group) {
      super(delegate);
      this.group = group;
    }

    @Override
    public Object handle(Message<?> message, T target) throws Exception {
      if (!CurrentUnitOfWork.isStarted()
          || !TransactionSynchronizationManager.isActualTransactionActive()) {
        return super.handle(message, target);
      }
      UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
      if (unitOfWork.resources().containsKey(DeadLetter.class.getName())) {
        return oneAtATime(message, target); // retrying a dead letter
      }
      if (!(message instanceof TrackedEventMessage<?> tracked)) {
        return super.handle(message, target);
      }
      long position = tracked.trackingToken().position().orElse(-1);
      Batch batch =
          unitOfWork.getOrComputeResource(
              BATCH,
              k -> {
                Batch b =
                    new Batch(
                        group + "/" + unitOfWork.getResource("Processor[" + group + "]/SegmentId"));
                unitOfWork.onRollback(u -> failed(b));
                return b;
              });
      batch.lastPosition = Math.max(batch.lastPosition, position);
      Long upTo = carefulUpTo.get(batch.key);
      if (upTo == null) {
        return super.handle(message, target);
      }
      if (position > upTo) {
        carefulUpTo.remove(batch.key, upTo);
        return super.handle(message, target);
      }
      return oneAtATime(message, target);
    }

    private void failed(Batch batch) {
      if (batch.lastPosition >= 0) {
        carefulUpTo.merge(batch.key, batch.lastPosition, Math::max);
        log.warn(
            "A batch of {} rolled back; its events up to position {} are handled again one at a"
                + " time, so that an event that fails is dead-lettered alone",
            batch.key,
            batch.lastPosition);
      }
    }

    private Object oneAtATime(Message<?> message, T target) throws Exception {
      Connection connection = DataSourceUtils.getConnection(dataSource);
      Savepoint savepoint = connection.setSavepoint();
      try {
        Object result = super.handle(message, target);
        BatchedStatements.sendPending();
        connection.releaseSavepoint(savepoint);
        return result;
      } catch (Exception | Error e) {
        BatchedStatements.discardPending();
        try {
          connection.rollback(savepoint);
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      }
    }
  }

  /** The events of one unit of work (a processor's batch) of one segment. */
  private static final class Batch {
    final String key;
    long lastPosition = -1;

    Batch(String key) {
      this.key = key;
    }
  }
}
