package org.tracker.infrastructure.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "eventProcessors": DOWN when a processor is stopped or in
 * error; otherwise UP with each streaming processor's position and lag behind the head of the log.
 */
@Component("eventProcessors")
public class EventProcessorsHealth extends AbstractHealthIndicator {

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;

  public EventProcessorsHealth(EventProcessingConfiguration processing, EventStore eventStore) {
    super("event processors unavailable");
    this.processing = processing;
    this.eventStore = eventStore;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    TrackingToken headToken = eventStore.createHeadToken();
    long head = headToken == null ? -1 : headToken.position().orElse(-1);
    boolean up = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
      EventProcessor processor = entry.getValue();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("running", processor.isRunning());
      detail.put("error", processor.isError());
      up &= processor.isRunning() && !processor.isError();
      if (processor instanceof StreamingEventProcessor streaming) {
        long position =
            streaming.processingStatus().values().stream()
                .map(s -> s.getCurrentPosition().orElse(-1))
                .min(Long::compare)
                .orElse(-1L);
        detail.put("position", position);
        detail.put("lag", Math.max(0, head - position));
      }
      details.put(entry.getKey(), detail);
    }
    health.status(up ? "UP" : "DOWN").withDetail("head", head).withDetails(details);
  }
}
