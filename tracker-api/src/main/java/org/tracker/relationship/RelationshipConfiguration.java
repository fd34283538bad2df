package org.tracker.relationship;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.fact.api.Facts;

/** Relationship queries, answered from the facts. */
@Configuration(proxyBeanMethods = false)
public class RelationshipConfiguration {

  @Bean
  RelationshipQueries relationshipQueries(Facts facts) {
    return new RelationshipQueries(facts);
  }
}
