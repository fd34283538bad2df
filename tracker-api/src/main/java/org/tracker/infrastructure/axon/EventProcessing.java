package org.tracker.infrastructure.axon;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans; each feature configures its own processing group. */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

  /** Sequences (developments, watch items) per segment known not to be parked. */
  static final int SEQUENCE_CACHE_SIZE = 10_000;

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * How each projection with a dead-letter queue uses it. A rebuild empties the queue with the
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
  ConfigurerModule deadLetterQueueUse(EventProcessorProperties properties) {
    return configurer ->
        properties
            .getProcessors()
            .forEach(
                (name, settings) -> {
                  if (settings.getDlq().isEnabled()) {
                    configurer
                        .eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                            name,
                            (config, invoker) ->
                                invoker
                                    .allowReset(true)
                                    .enableSequenceIdentifierCache()
                                    .sequenceIdentifierCacheSize(SEQUENCE_CACHE_SIZE));
                  }
                });
  }
}
