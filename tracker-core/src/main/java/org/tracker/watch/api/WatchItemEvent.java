package org.tracker.watch.api;

import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.ReviewDateChanged;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;

/**
 * The whole vocabulary of a watch item's stream: opened once, then evidence linked and withdrawn,
 * resolved, dropped, reopened, its review date changed. Who and when they were recorded are in each
 * event's metadata; the day in the world a step is dated is its {@link #on()} (ADR 0016).
 */
public sealed interface WatchItemEvent
    permits WatchItemOpened,
        EvidenceLinked,
        EvidenceWithdrawn,
        WatchItemResolved,
        WatchItemDropped,
        WatchItemReopened,
        ReviewDateChanged {

  WatchItemId id();

  /** Why, as the analyst (or the rule) said; null when nothing was said. */
  default String reason() {
    return null;
  }

  /**
   * The day in the world this step is dated; null for a withdrawal (it ends a link's record, it is
   * not a step in the world) and for steps stored before steps were dated (ADR 0016: such a step
   * counts from the day it was recorded).
   */
  default PartialDate on() {
    return null;
  }

  /**
   * The day this step counts from: its {@link #on()}, or for an event stored before steps were
   * dated, the day it was recorded (UTC).
   */
  default PartialDate dayOf(java.time.Instant recordedAt) {
    return on() != null
        ? on()
        : PartialDate.ofDay(java.time.LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC));
  }

  /** The development the event is about, if any. */
  default DevelopmentId developmentId() {
    return null;
  }
}
