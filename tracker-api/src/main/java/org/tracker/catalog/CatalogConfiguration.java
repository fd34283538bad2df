package org.tracker.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the catalog projection (a pooled streaming processor, see application.properties). */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

  @Bean
  CatalogProjection catalogProjection(CatalogStore store) {
    return new CatalogProjection(store);
  }
}
