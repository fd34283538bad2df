package org.tracker.fact;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the facts projection (a pooled streaming processor, see application.properties). */
@Configuration(proxyBeanMethods = false)
public class FactConfiguration {

  @Bean
  FactProjection factProjection(FactStore store) {
    return new FactProjection(store);
  }
}
