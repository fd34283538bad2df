package org.tracker.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * Readiness ({@code /actuator/health/readiness}, component "projections"): OUT_OF_SERVICE while a
 * streaming projection ({@link Projections}) has its first build (a rebuild does not count: the
 * live generation answers meanwhile, ADR 0021) or this instance's share of it is more than {@code
 * tracker.readiness.max-lag} events behind the log, so a load balancer sends reads elsewhere.
 * Segments claimed by other instances are theirs to report. Also the gauge {@code
 * tracker.projection.lag} per projection.
 */
@Component("projections")
public class ProjectionsReadiness extends AbstractHealthIndicator {

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final ProjectionAdmin admin;
  private final long maxLag;

  public ProjectionsReadiness(
      EventProcessingConfiguration processing,
      EventStore eventStore,
      ProjectionAdmin admin,
      MeterRegistry meters,
      @Value("${tracker.readiness.max-lag:10000}") long maxLag) {
    super("projections unavailable");
    this.processing = processing;
    this.eventStore = eventStore;
    this.admin = admin;
    this.maxLag = maxLag;
    for (String name : names()) {
      Gauge.builder("tracker.projection.lag", () -> lag(name, head()))
          .tag("projection", name)
          .description(
              "events of the log this instance's segments of the projection have not handled")
          .baseUnit("events")
          .register(meters);
    }
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    long head = head();
    boolean ready = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (String name : names()) {
      long lag = lag(name, head);
      boolean firstBuild = admin.rebuildingProgress(name).isPresent();
      details.put(name, Map.of("lag", lag, "firstBuild", firstBuild));
      ready &= lag <= maxLag && !firstBuild;
    }
    health.status(ready ? Status.UP : Status.OUT_OF_SERVICE).withDetails(details);
  }

  private static List<String> names() {
    return Projections.rebuildable().stream().map(Projection::name).toList();
  }

  /** How far this instance's claimed segments of a projection are behind (0 with none claimed). */
  private long lag(String name, long head) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .map(
            p ->
                p.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(position -> Math.max(0, head - position.orElse(-1)))
                    .max()
                    .orElse(0))
        .orElse(0L);
  }

  private long head() {
    TrackingToken token = eventStore.createHeadToken();
    return token == null ? -1 : token.position().orElse(-1);
  }
}
