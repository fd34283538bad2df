package org.tracker.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Organisation queries, answered from the facts. */
@Configuration(proxyBeanMethods = false)
public class OrganizationConfiguration {

  @Bean
  Organizations organizations(Facts facts, Claims.Evidence evidence) {
    return new Organizations(facts, evidence);
  }
}
