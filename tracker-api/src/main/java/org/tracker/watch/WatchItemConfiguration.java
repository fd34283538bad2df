package org.tracker.watch;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.watch.api.DevelopmentStates;

/**
 * Registers the watch item aggregate, its projection and its rule matcher (core carries no Spring
 * stereotype).
 */
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

  @Bean
  WatchRuleMatcher watchRuleMatcher(
      WatchRuleStore store, CommandGateway commands, DevelopmentStates developments) {
    return new WatchRuleMatcher(store, commands, developments);
  }
}
