package org.tracker.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Facts;

/** Agreement queries, answered from the facts. */
@Configuration(proxyBeanMethods = false)
public class AgreementConfiguration {

  @Bean
  AgreementQueries agreementQueries(Facts facts, Claims.Evidence evidence) {
    return new AgreementQueries(facts, evidence);
  }
}
