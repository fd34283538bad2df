package org.tracker.infrastructure.axon;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * Shared infrastructure beans, and each projection's processor as its declaration says ({@link
 * Projections}; the streaming ones' settings are {@link ProjectionSettings}).
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

  /** Sequences (developments, watch items) per segment known not to be parked. */
  static final int SEQUENCE_CACHE_SIZE = 10_000;

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * How each streaming projection uses its dead-letter queue. A rebuild empties the queue with the
   * projection's tables: the replay hands every event to the projection again and parks anew
   * whatever still fails (Axon keeps the queue by default, and the replayed events of a parked
   * sequence would be parked behind their own old copies). And the question asked before every
   * event — is its sequence parked? — is answered from Axon's per-segment cache of sequence
   * identifiers instead of a query per event and projection (the cache is dropped when the segment
   * is released, so another instance's parking is never missed). Both are set here, in one
   * registration per processor: Axon's own {@code dlq.cache.*} properties register another, which
   * would replace this one, so they are not used.
   */
  @Bean
  ConfigurerModule deadLetterQueueUse() {
    return configurer -> {
      for (Projection projection : Projections.rebuildable()) {
        configurer
            .eventProcessing()
            .registerDeadLetteringEventHandlerInvokerConfiguration(
                projection.name(),
                (config, invoker) ->
                    invoker
                        .allowReset(true)
                        .enableSequenceIdentifierCache()
                        .sequenceIdentifierCacheSize(SEQUENCE_CACHE_SIZE));
      }
    };
  }

  /**
   * Each projection declared to run in the appending transaction gets a subscribing processor whose
   * failure fails the append (Axon's default would log it and carry on).
   */
  @Bean
  ConfigurerModule subscribingProjections() {
    return configurer -> {
      for (Projection projection : Projections.ALL) {
        if (projection.runs() == Projection.Runs.IN_THE_APPENDING_TRANSACTION) {
          configurer
              .eventProcessing()
              .registerSubscribingEventProcessor(projection.name())
              .registerListenerInvocationErrorHandler(
                  projection.name(), c -> PropagatingErrorHandler.instance());
        }
      }
    };
  }
}
