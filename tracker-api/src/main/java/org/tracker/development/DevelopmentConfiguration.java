package org.tracker.development;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the development aggregate (core carries no Spring stereotype). */
@Configuration(proxyBeanMethods = false)
public class DevelopmentConfiguration {

  @Bean
  ConfigurerModule developmentAggregate() {
    return configurer -> configurer.configureAggregate(Development.class);
  }
}
