package org.tracker.watch.api;

import org.axonframework.serialization.Revision;
import org.tracker.development.api.DevelopmentId;

/** What happens to a watch item after it is opened. Who and when are in each event's metadata. */
public final class WatchItemEvents {

  private WatchItemEvents() {}

  /** A development bears on the item: by its rule ({@code byRule}) or linked by an analyst. */
  @Revision("1")
  public record EvidenceLinked(
      WatchItemId id, DevelopmentId developmentId, boolean byRule, String note) {}

  /** A linked development no longer counts (it was retracted, or corrected out of the rule). */
  @Revision("1")
  public record EvidenceWithdrawn(WatchItemId id, DevelopmentId developmentId, String reason) {}

  /** An analyst decided how it ended. */
  @Revision("1")
  public record WatchItemResolved(WatchItemId id, WatchOutcome outcome, String reason) {}

  /** No longer worth watching. */
  @Revision("1")
  public record WatchItemDropped(WatchItemId id, String reason) {}

  /** Watched again. */
  @Revision("1")
  public record WatchItemReopened(WatchItemId id, String reason) {}
}
