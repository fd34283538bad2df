package org.tracker.relationship;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the relationship projection (a pooled streaming processor) and its queries. */
@Configuration(proxyBeanMethods = false)
public class RelationshipConfiguration {

  @Bean
  RelationshipProjection relationshipProjection(RelationshipStore store) {
    return new RelationshipProjection(store);
  }

  @Bean
  RelationshipQueries relationshipQueries(RelationshipStore store) {
    return new RelationshipQueries(store);
  }
}
