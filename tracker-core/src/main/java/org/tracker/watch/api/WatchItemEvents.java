package org.tracker.watch.api;

import org.axonframework.serialization.Revision;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.EventName;

/**
 * What happens to a watch item after it is opened (see {@link WatchItemEvent}). The records stay
 * nested here because their stored type names ({@code WatchItemEvents$EvidenceLinked}, …) are a
 * contract with the rows already written.
 */
public final class WatchItemEvents {

  private WatchItemEvents() {}

  /** A development bears on the item: by its rule ({@code byRule}) or linked by an analyst. */
  @Revision("1")
  @EventName("watch-item.evidence-linked")
  public record EvidenceLinked(
      WatchItemId id, DevelopmentId developmentId, boolean byRule, String note)
      implements WatchItemEvent {

    @Override
    public String reason() {
      return note;
    }
  }

  /** A linked development no longer counts (it was retracted, or corrected out of the rule). */
  @Revision("1")
  @EventName("watch-item.evidence-withdrawn")
  public record EvidenceWithdrawn(WatchItemId id, DevelopmentId developmentId, String reason)
      implements WatchItemEvent {}

  /** An analyst decided how it ended. */
  @Revision("1")
  @EventName("watch-item.resolved")
  public record WatchItemResolved(WatchItemId id, WatchOutcome outcome, String reason)
      implements WatchItemEvent {}

  /** No longer worth watching. */
  @Revision("1")
  @EventName("watch-item.dropped")
  public record WatchItemDropped(WatchItemId id, String reason) implements WatchItemEvent {}

  /** Watched again. */
  @Revision("1")
  @EventName("watch-item.reopened")
  public record WatchItemReopened(WatchItemId id, String reason) implements WatchItemEvent {}
}
