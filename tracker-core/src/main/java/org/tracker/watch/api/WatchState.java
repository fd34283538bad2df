package org.tracker.watch.api;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.PartialDate;

/**
 * Where a watch item's stream stands, all steps counted in the order they were recorded: its
 * content, status, outcome (when resolved), the developments standing as its evidence, the day it
 * was opened and the day of its last transition (opened, resolved, dropped or reopened; {@code
 * since}), and its review date as last changed ({@code reviewBy}: the content's until a change).
 * Days are null for steps stored before steps were dated. {@link #NONE} is the state of a stream
 * not yet written.
 */
public record WatchState(
    WatchItemId id,
    WatchItemContent content,
    WatchStatus status,
    WatchOutcome outcome,
    Set<DevelopmentId> evidence,
    PartialDate openedOn,
    PartialDate since,
    PartialDate reviewBy) {

  public static final WatchState NONE =
      new WatchState(null, null, null, null, Set.of(), null, null, null);

  public WatchState {
    evidence = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(evidence));
  }

  public boolean exists() {
    return id != null;
  }

  /** This item with another status, outcome, evidence and day of its last transition. */
  public WatchState with(
      WatchStatus status, WatchOutcome outcome, Set<DevelopmentId> evidence, PartialDate since) {
    return new WatchState(id, content, status, outcome, evidence, openedOn, since, reviewBy);
  }

  /** This item to be reviewed by another date. */
  public WatchState withReviewBy(PartialDate reviewBy) {
    return new WatchState(id, content, status, outcome, evidence, openedOn, since, reviewBy);
  }

  /** Still watched: open, or with evidence seen. */
  public boolean active() {
    return status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
  }
}
