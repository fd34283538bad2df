package org.tracker.infrastructure.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tracker.shared.MetaDataKeys;

/** How messages carry who recorded them: command metadata is copied onto the events it causes. */
@Configuration(proxyBeanMethods = false)
public class AxonMessaging {

  @Bean
  CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider();
  }

  @Bean
  CorrelationDataProvider authorshipProvider() {
    return new SimpleCorrelationDataProvider(MetaDataKeys.ALL.toArray(String[]::new));
  }
}
