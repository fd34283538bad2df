package org.tracker.development;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.development.upcasting.RetractionRevision1Upcaster;

/** Registers the development aggregate (core carries no Spring stereotype). */
@Configuration(proxyBeanMethods = false)
public class DevelopmentConfiguration {

  @Bean
  ConfigurerModule developmentAggregate() {
    return configurer -> configurer.configureAggregate(Development.class);
  }

  /** Older shapes of development events, read in today's shape (docs/adr/0007). */
  @Bean
  ConfigurerModule developmentUpcasters() {
    return configurer -> configurer.registerEventUpcaster(c -> new RetractionRevision1Upcaster());
  }
}
