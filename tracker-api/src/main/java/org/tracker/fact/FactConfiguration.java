package org.tracker.fact;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.directory.api.Directory;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Wires the facts projection (a pooled streaming processor, see application.properties). */
@Configuration(proxyBeanMethods = false)
public class FactConfiguration {

  @Bean
  FactProjection factProjection(FactStore store) {
    return new FactProjection(store);
  }

  /**
   * What every answer's competing claims are judged by: analysts' choices from the facts, and
   * documents' reliability as the directory grades them now.
   */
  @Bean
  Claims.Evidence claimEvidence(Facts facts, Directory directory) {
    return Claims.Evidence.of(facts, directory::reliabilities);
  }
}
