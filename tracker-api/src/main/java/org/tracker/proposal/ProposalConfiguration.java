package org.tracker.proposal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Proposal queries, answered from the facts. */
@Configuration(proxyBeanMethods = false)
public class ProposalConfiguration {

  @Bean
  Proposals proposals(Facts facts, Claims.Evidence evidence) {
    return new Proposals(facts, evidence);
  }
}
