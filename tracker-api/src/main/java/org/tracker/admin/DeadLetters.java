package org.tracker.admin;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tracker.projection.Projections;

/**
 * Events a projection could not handle, parked in Axon's sequenced dead-letter queue (table
 * dead_letter_entry; every projection declared to run streaming has one, {@link Projections}) with
 * the error, one sequence per development or watch item: while a sequence is parked its later
 * events are parked behind it, and every other sequence carries on. Operators list them, retry them
 * once the cause is fixed, or evict them (the projection then never holds those events, until it is
 * rebuilt).
 */
@Service
public class DeadLetters {

  /** One parked event. */
  public record Letter(
      String projection,
      String sequence,
      long index,
      String eventId,
      Long position,
      String type,
      String aggregateId,
      Long aggregateSequence,
      String causeType,
      String causeMessage,
      String enqueuedAt,
      String lastTouched) {}

  /** What a retry did: how many letters it took in and how many are still parked. */
  public record Retry(String projection, String sequence, int before, int remaining) {}

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;

  public DeadLetters(EventProcessingConfiguration processing, JdbcClient jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  /** Whether the projection has a dead-letter queue: it is declared to run streaming. */
  public boolean keptFor(String projection) {
    return Projections.rebuildable(projection).isPresent();
  }

  /** Parked events, oldest sequence first, each sequence in order (of one projection, or all). */
  public List<Letter> list(String projection) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT d.processing_group, d.sequence_identifier, d.sequence_index, d.event_identifier,
                   e.global_index, d.payload_type, d.aggregate_identifier, d.sequence_number,
                   d.cause_type, d.cause_message, d.enqueued_at, d.last_touched
            FROM dead_letter_entry d
            LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier""");
    List<Object> args = new ArrayList<>();
    if (projection != null) {
      sql.append(" WHERE d.processing_group = ?");
      args.add(projection);
    }
    sql.append(
        " ORDER BY d.processing_group, min(d.enqueued_at) OVER (PARTITION BY d.processing_group,"
            + " d.sequence_identifier), d.sequence_identifier, d.sequence_index");
    return jdbc.sql(sql.toString())
        .params(args)
        .query(
            (rs, n) ->
                new Letter(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class),
                    simpleName(rs.getString(6)),
                    rs.getString(7),
                    rs.getObject(8, Long.class),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12)))
        .list();
  }

  /** How many events a projection has parked. */
  public long count(String projection) {
    return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
        .param(projection)
        .query(Long.class)
        .single();
  }

  /** Whether the projection has this sequence parked. */
  public boolean holds(String projection, String sequence) {
    return queue(projection).contains(sequence);
  }

  /**
   * Hands a parked sequence to the projection again, in order; letters it now handles leave the
   * queue, the first that still fails stays with its new cause (and the rest behind it).
   */
  public Retry retry(String projection, String sequence) {
    SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
    int before = (int) queue.sequenceSize(sequence);
    processor(projection).process(letter -> sequence.equals(sequenceOf(letter)));
    int remaining = (int) queue.sequenceSize(sequence);
    log.info(
        "retried dead letters of {} sequence {}: {} parked before, {} now",
        projection,
        sequence,
        before,
        remaining);
    return new Retry(projection, sequence, before, remaining);
  }

  /** Retries every parked sequence of a projection once. */
  public Retry retryAll(String projection) {
    int before = (int) count(projection);
    long sequences = queue(projection).amountOfSequences();
    SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(projection);
    for (long i = 0; i < sequences; i++) {
      processor.processAny();
    }
    int remaining = (int) count(projection);
    log.info(
        "retried every dead letter of {}: {} parked before, {} now", projection, before, remaining);
    return new Retry(projection, null, before, remaining);
  }

  /**
   * Removes a parked sequence without handling it: the projection will not hold those events until
   * it is rebuilt. Returns how many letters were removed.
   */
  public int evict(String projection, String sequence, String by, String reason) {
    SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
    List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
    queue.deadLetterSequence(sequence).forEach(letters::add);
    letters.forEach(queue::evict);
    int evicted = letters.size();
    log.warn(
        "{} evicted {} dead letters of {} sequence {} without handling them: {}",
        by,
        evicted,
        projection,
        sequence,
        reason);
    return evicted;
  }

  private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
    return processing
        .deadLetterQueue(projection)
        .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + projection));
  }

  private SequencedDeadLetterProcessor<EventMessage<?>> processor(String projection) {
    return processing
        .sequencedDeadLetterProcessor(projection)
        .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + projection));
  }

  private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
    return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
  }

  private static String simpleName(String type) {
    return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
  }
}
