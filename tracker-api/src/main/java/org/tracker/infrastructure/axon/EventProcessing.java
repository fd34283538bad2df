package org.tracker.infrastructure.axon;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans; each feature configures its own processing group. */
@Configuration(proxyBeanMethods = false)
public class EventProcessing {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
