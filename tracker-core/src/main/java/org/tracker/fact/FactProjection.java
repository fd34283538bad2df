package org.tracker.fact;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.fact.api.Fact;
import org.tracker.shared.Projection;

/**
 * Feeds the facts from the log: each recording and correction adds a version, known from its
 * recording; a correction or retraction supersedes the versions before it at its own recording
 * time, so what was known at any past moment stays answerable.
 */
@ProcessingGroup(FactProjection.GROUP)
public class FactProjection {

  public static final String GROUP = "facts";

  /** Two segments; every answer about relationships, subjects, actors and the timeline. */
  public static final Projection DECLARATION =
      Projection.streaming(
          GROUP,
          2,
          List.of("fact", "fact_actor", "fact_dyad"),
          List.of(
              "/api/relationships/**",
              "/api/organizations/**",
              "/api/agreements/**",
              "/api/projects/**",
              "/api/proposals/**",
              "/api/timeline/**",
              "/api/actors/**"));

  private final FactStore store;

  public FactProjection(FactStore store) {
    this.store = store;
  }

  @EventHandler
  void on(DevelopmentRecorded event, @Timestamp Instant at, TrackingToken token) {
    store.put(new Fact(event.developmentId(), 1, event.content(), at, position(token)));
  }

  @EventHandler
  void on(DevelopmentCorrected event, @Timestamp Instant at, TrackingToken token) {
    store.supersede(event.developmentId(), event.version(), false, at);
    store.put(
        new Fact(event.developmentId(), event.version(), event.content(), at, position(token)));
  }

  @EventHandler
  void on(DevelopmentRetracted event, @Timestamp Instant at) {
    store.supersede(event.developmentId(), event.retractedVersion(), true, at);
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(0);
  }
}
