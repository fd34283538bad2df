package org.tracker.project;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Project queries, answered from the facts. */
@Configuration(proxyBeanMethods = false)
public class ProjectConfiguration {

  @Bean
  Projects projects(Facts facts, Claims.Evidence evidence) {
    return new Projects(facts, evidence);
  }
}
