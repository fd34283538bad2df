package org.tracker.relationship;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.development.api.References;
import org.tracker.directory.api.ActorKinds;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Relationship queries, answered from the facts on the ladder in use and the actors' kinds. */
@Configuration(proxyBeanMethods = false)
public class RelationshipConfiguration {

  @Bean
  RelationshipQueries relationshipQueries(
      Facts facts, References references, ActorKinds kinds, Claims.Evidence evidence) {
    return new RelationshipQueries(facts, references::ladder, kinds, evidence);
  }
}
