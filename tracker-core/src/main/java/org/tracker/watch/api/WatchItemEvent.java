package org.tracker.watch.api;

import org.tracker.development.api.DevelopmentId;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;

/**
 * The whole vocabulary of a watch item's stream: opened once, then evidence linked and withdrawn,
 * resolved, dropped, reopened. Who and when are in each event's metadata.
 */
public sealed interface WatchItemEvent
    permits WatchItemOpened,
        EvidenceLinked,
        EvidenceWithdrawn,
        WatchItemResolved,
        WatchItemDropped,
        WatchItemReopened {

  WatchItemId id();

  /** Why, as the analyst (or the rule) said; null when nothing was said. */
  default String reason() {
    return null;
  }

  /** The development the event is about, if any. */
  default DevelopmentId developmentId() {
    return null;
  }
}
