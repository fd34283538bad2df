package org.tracker.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the directory: a subscribing processor whose failure fails the append (as its declaration
 * says, {@link DirectoryProjection#DECLARATION}).
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

  @Bean
  DirectoryProjection directoryProjection(DirectoryStore store) {
    return new DirectoryProjection(store);
  }
}
