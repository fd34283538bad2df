package org.tracker.registry;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the registry: a subscribing processor whose failure fails the append. */
@Configuration(proxyBeanMethods = false)
public class RegistryConfiguration {

  @Bean
  RegistryProjection registryProjection(RegistryStore store) {
    return new RegistryProjection(store);
  }

  @Bean
  ConfigurerModule registryFailsTheAppend() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(RegistryProjection.GROUP)
            .registerListenerInvocationErrorHandler(
                RegistryProjection.GROUP, c -> PropagatingErrorHandler.instance());
  }
}
