package org.tracker.watch.api;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tracker.development.api.DevelopmentId;

/**
 * Where a watch item's stream stands: its content, status, outcome (when resolved) and the
 * developments standing as its evidence. {@link #NONE} is the state of a stream not yet written.
 */
public record WatchState(
    WatchItemId id,
    WatchItemContent content,
    WatchStatus status,
    WatchOutcome outcome,
    Set<DevelopmentId> evidence) {

  public static final WatchState NONE = new WatchState(null, null, null, null, Set.of());

  public WatchState {
    evidence = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(evidence));
  }

  public boolean exists() {
    return id != null;
  }

  /** Still watched: open, or with evidence seen. */
  public boolean active() {
    return status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
  }
}
