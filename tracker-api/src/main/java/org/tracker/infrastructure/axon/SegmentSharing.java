package org.tracker.infrastructure.axon;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shares projection segments between the instances on one database (docs/adr/0010). Each instance
 * says it is alive (table tracker_node) every half claim timeout; an instance holding more than its
 * fair share of a processor's segments (segments ÷ live instances, rounded up) releases one with
 * Axon's {@link StreamingEventProcessor#releaseSegment}, and whichever instance has room claims it
 * through Axon's token store as usual. A dead instance's claims expire after the claim timeout and
 * the others take them over — that part is Axon's alone. An instance also lets go of a projection's
 * segments while another verifies it ({@link #letGoForVerifications}).
 */
@Component
public class SegmentSharing implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SegmentSharing.class);

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;
  private final NodeIdentity node;
  private final AxonProperties properties;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public SegmentSharing(
      EventProcessingConfiguration processing,
      JdbcClient jdbc,
      NodeIdentity node,
      AxonProperties properties,
      Clock clock) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.node = node;
    this.properties = properties;
    this.clock = clock;
  }

  /** Runs once: heartbeat, then release what is over the fair share. */
  void share() {
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO tracker_node (node_id, seen_at) VALUES (?, ?) ON CONFLICT (node_id)"
                + " DO UPDATE SET seen_at = excluded.seen_at")
        .params(node.id(), Timestamp.from(now))
        .update();
    letGoForVerifications();
    Instant since = now.minus(properties.claimTimeout());
    long live =
        jdbc.sql("SELECT count(*) FROM tracker_node WHERE seen_at > ?")
            .param(Timestamp.from(since))
            .query(Long.class)
            .single();
    if (live < 2) {
      return;
    }
    for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
      if (!(entry.getValue() instanceof StreamingEventProcessor processor)
          || !processor.isRunning()) {
        continue;
      }
      int segments =
          jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ?")
              .param(entry.getKey())
              .query(Integer.class)
              .single();
      int fair = (int) Math.ceil(segments / (double) live);
      var mine = processor.processingStatus().keySet();
      if (mine.size() > fair) {
        int segment = mine.stream().max(Integer::compare).orElseThrow();
        log.info(
            "{} holds {} of {} segments of {} with {} instances alive: releasing segment {}",
            node.id(),
            mine.size(),
            segments,
            entry.getKey(),
            live,
            segment);
        processor.releaseSegment(segment);
      }
    }
  }

  /**
   * A verification on another instance compares the generations of a projection at one position of
   * the log, with every live segment of it there (ADR 0021): this instance lets go of its segments
   * of that projection for a claim timeout.
   */
  private void letGoForVerifications() {
    for (String projection :
        jdbc.sql(
                "SELECT projection FROM projection_generation WHERE spare_caught_up"
                    + " AND spare_state = 'VERIFYING' AND spare_node <> ?")
            .param(node.id())
            .query(String.class)
            .list()) {
      processing
          .eventProcessor(projection, StreamingEventProcessor.class)
          .ifPresent(
              processor ->
                  processor
                      .processingStatus()
                      .keySet()
                      .forEach(
                          segment ->
                              processor.releaseSegment(
                                  segment,
                                  properties.claimTimeout().toMillis(),
                                  TimeUnit.MILLISECONDS)));
    }
  }

  @Override
  public void start() {
    long every = Math.max(1000, properties.claimTimeout().toMillis() / 2);
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "segment-sharing");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            share();
          } catch (RuntimeException e) {
            log.debug("segment sharing skipped this round: {}", e.getMessage());
          }
        },
        every,
        every,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    try {
      jdbc.sql("DELETE FROM tracker_node WHERE node_id = ?").param(node.id()).update();
    } catch (RuntimeException e) {
      // the database may be gone first; the row then just ages out
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
