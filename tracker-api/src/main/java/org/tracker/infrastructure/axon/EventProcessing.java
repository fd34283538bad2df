package org.tracker.infrastructure.axon;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans; each feature configures its own processing group. */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * A rebuild empties the projection's dead-letter queue with its tables: the replay hands every
   * event to the projection again and parks anew whatever still fails (Axon keeps the queue by
   * default, and the replayed events of a parked sequence would be parked behind their own old
   * copies).
   */
  @Bean
  ConfigurerModule deadLettersClearedByRebuilds(EventProcessorProperties properties) {
    return configurer ->
        properties
            .getProcessors()
            .forEach(
                (name, settings) -> {
                  if (settings.getDlq().isEnabled()) {
                    configurer
                        .eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                            name, (config, invoker) -> invoker.allowReset(true));
                  }
                });
  }
}
