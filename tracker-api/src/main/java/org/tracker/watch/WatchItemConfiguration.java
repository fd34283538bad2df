package org.tracker.watch;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the watch item aggregate and its projection (core carries no Spring stereotype). */
@Configuration(proxyBeanMethods = false)
public class WatchItemConfiguration {

  @Bean
  ConfigurerModule watchItemAggregate() {
    return configurer -> configurer.configureAggregate(WatchItem.class);
  }

  @Bean
  WatchItemProjection watchItemProjection(WatchItemStore store) {
    return new WatchItemProjection(store);
  }
}
