package org.tracker.admin.generations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.tracker.admin.generations.GenerationPointers.Purpose;
import org.tracker.infrastructure.database.LiveGenerations;

/**
 * One projection's spare generation being built on this instance: a pooled streaming processor of
 * its own, named {@code <projection>:spare} (its tokens are kept under that name, so a build
 * survives a restart and another instance can take it over), handing the log from its start to the
 * same handlers as the live processor, in transactions whose connection reaches the spare
 * generation ({@link LiveGenerations#buildingInThisTransaction}). An event a handler refuses is
 * parked in a dead-letter queue of its own, which becomes the live one's when the spare does.
 */
final class SpareBuild {

  /** Events per transaction: as the live processors (ProjectionSettings). */
  private static final int BATCH_SIZE = 100;

  /** Sequences per segment known not to be parked: as the live processors (EventProcessing). */
  private static final int SEQUENCE_CACHE_SIZE = 10_000;

  /** Makes the dead-letter queue of a processor (Axon's JDBC queue on our table). */
  @FunctionalInterface
  public interface DeadLetters {
    SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup);
  }

  final String projection;
  final Purpose purpose;
  final long target;
  final int segments;
  private final PooledStreamingEventProcessor processor;
  private final List<ScheduledExecutorService> executors = new ArrayList<>();

  SpareBuild(
      String projection,
      Purpose purpose,
      long target,
      AbstractEventProcessor live,
      int segments,
      StreamableMessageSource<TrackedEventMessage<?>> log,
      TokenStore tokens,
      TransactionManager transactions,
      DataSource dataSource,
      DeadLetters deadLetters) {
    this.projection = projection;
    this.purpose = purpose;
    this.target = target;
    this.segments = segments;
    SimpleEventHandlerInvoker handlers = simple(live.eventHandlerInvoker());
    this.processor =
        PooledStreamingEventProcessor.builder()
            .name(name(projection))
            .eventHandlerInvoker(
                DeadLetteringEventHandlerInvoker.builder()
                    .eventHandlers(handlers.eventHandlers())
                    .sequencingPolicy(handlers.getSequencingPolicy())
                    .queue(deadLetters.queue(name(projection)))
                    .transactionManager(transactions)
                    .enableSequenceIdentifierCache()
                    .sequenceIdentifierCacheSize(SEQUENCE_CACHE_SIZE)
                    .build())
            .messageSource(log)
            .tokenStore(tokens)
            .transactionManager(intoTheSpare(transactions, dataSource, projection))
            .coordinatorExecutor(executor("coordinator", 1))
            .workerExecutor(executor("worker", segments))
            .initialSegmentCount(segments)
            .initialToken(StreamableMessageSource::createTailToken)
            .batchSize(BATCH_SIZE)
            .build();
  }

  /** The live processor's handlers (Axon may wrap their invoker in a multi-invoker of one). */
  private static SimpleEventHandlerInvoker simple(EventHandlerInvoker invoker) {
    if (invoker instanceof SimpleEventHandlerInvoker simple) {
      return simple;
    }
    if (invoker instanceof MultiEventHandlerInvoker multi && multi.delegates().size() == 1) {
      return simple(multi.delegates().get(0));
    }
    throw new IllegalStateException("cannot take the handlers of " + invoker);
  }

  /** The processor's name, under which its tokens are kept. */
  static String name(String projection) {
    return projection + ":spare";
  }

  void start() {
    processor.start();
  }

  void stop() {
    processor.shutDown();
    executors.forEach(ScheduledExecutorService::shutdownNow);
  }

  /** How far it has come: the least position of its segments, -1 until every one is claimed. */
  long position() {
    Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
    if (statuses.size() < segments) {
      return -1;
    }
    return statuses.values().stream()
        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
        .min()
        .orElse(-1);
  }

  private ScheduledExecutorService executor(String what, int threads) {
    AtomicInteger count = new AtomicInteger();
    ScheduledExecutorService executor =
        Executors.newScheduledThreadPool(
            threads,
            r -> {
              Thread t =
                  new Thread(r, name(projection) + "-" + what + "-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executors.add(executor);
    return executor;
  }

  /** Axon's transactions, each reaching the spare generation of {@code projection}. */
  private static TransactionManager intoTheSpare(
      TransactionManager transactions, DataSource dataSource, String projection) {
    return new TransactionManager() {
      @Override
      public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
          LiveGenerations.buildingInThisTransaction(connection, projection);
        } catch (SQLException e) {
          transaction.rollback();
          throw new IllegalStateException("cannot reach the spare of " + projection, e);
        } finally {
          DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return transaction;
      }
    };
  }
}
