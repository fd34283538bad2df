package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Axon settings chosen for what they cost (ADR 0011), checked on the running application: no
 * handler timeouts (each walks the stack), and the dead-letter queues ask their per-segment cache
 * before the database whether an event's sequence is parked.
 */
@TrackerIntegrationTest
class AxonSettingsIT {

  @Autowired ApplicationContext context;
  @Autowired EventProcessingConfiguration processing;

  @Test
  void handlersRunWithoutAxonsTimeouts() {
    assertThat(context.getBeansOfType(HandlerEnhancerDefinition.class).values())
        .isNotEmpty()
        .noneMatch(HandlerTimeoutHandlerEnhancerDefinition.class::isInstance);
  }

  @Test
  void everyDeadLetterQueueIsFrontedByItsSequenceCacheAndClearedByRebuilds() {
    for (String projection : List.of("facts", "catalog", "watch-items", "watch-rules")) {
      AbstractEventProcessor processor =
          processing.eventProcessor(projection, AbstractEventProcessor.class).orElseThrow();
      DeadLetteringEventHandlerInvoker invoker = deadLettering(processor.eventHandlerInvoker());
      assertThat(invoker)
          .as(projection)
          .extracting("sequenceIdentifierCacheEnabled", "allowReset")
          .containsExactly(true, true);
    }
  }

  private static DeadLetteringEventHandlerInvoker deadLettering(EventHandlerInvoker invoker) {
    if (invoker instanceof DeadLetteringEventHandlerInvoker deadLettering) {
      return deadLettering;
    }
    if (invoker instanceof MultiEventHandlerInvoker multi) {
      for (EventHandlerInvoker delegate : multi.delegates()) {
        if (delegate instanceof DeadLetteringEventHandlerInvoker deadLettering) {
          return deadLettering;
        }
      }
    }
    throw new AssertionError("no dead-letter queue in front of " + invoker);
  }
}
