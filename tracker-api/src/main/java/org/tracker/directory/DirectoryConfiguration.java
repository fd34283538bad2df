package org.tracker.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the directory: a subscribing processor whose failure fails the append. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

  @Bean
  DirectoryProjection directoryProjection(DirectoryStore store) {
    return new DirectoryProjection(store);
  }

  @Bean
  ConfigurerModule directoryFailsTheAppend() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(DirectoryProjection.GROUP)
            .registerListenerInvocationErrorHandler(
                DirectoryProjection.GROUP, c -> PropagatingErrorHandler.instance());
  }
}
