package org.tracker.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for the streaming projections, the way an operator would check: position vs head. */
public final class Projections {

  private Projections() {}

  /**
   * Waits until every segment of every streaming processor has reached the head of the log as it is
   * now (after a reset too: replay status alone would say "replaying" until the next event). Every
   * segment: right after a start, a processor may have claimed some of its segments and not yet the
   * others, so the claimed ones must cover the whole log (their fractions add up to one).
   */
  public static void awaitCaughtUp(
      EventProcessingConfiguration processing, DataSource dataSource, Duration atMost) {
    long head =
        JdbcClient.create(dataSource)
            .sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
            .query(Long.class)
            .single();
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .allMatch(
                        p ->
                            everySegmentClaimed(p)
                                && p.processingStatus().values().stream()
                                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)));
  }

  private static boolean everySegmentClaimed(StreamingEventProcessor processor) {
    double covered =
        processor.processingStatus().values().stream()
            .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1))
            .sum();
    return covered > 0.999;
  }

  public static void awaitCaughtUp(EventProcessingConfiguration processing, DataSource dataSource) {
    awaitCaughtUp(processing, dataSource, Duration.ofSeconds(30));
  }
}
