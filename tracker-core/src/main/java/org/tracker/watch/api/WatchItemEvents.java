package org.tracker.watch.api;

import org.axonframework.serialization.Revision;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.EventName;
import org.tracker.shared.PartialDate;

/**
 * What happens to a watch item after it is opened (see {@link WatchItemEvent}). The records stay
 * nested here because their stored type names ({@code WatchItemEvents$EvidenceLinked}, …) are a
 * contract with the rows already written. {@code on}, the day a step is dated, was added after the
 * first rows were written: a row without it reads as null (ADR 0007, 0016).
 */
public final class WatchItemEvents {

  private WatchItemEvents() {}

  /**
   * A development bears on the item: by its rule ({@code byRule}) or linked by an analyst; seen as
   * of {@code on}, by default the development's date.
   */
  @Revision("1")
  @EventName("watch-item.evidence-linked")
  public record EvidenceLinked(
      WatchItemId id, DevelopmentId developmentId, boolean byRule, String note, PartialDate on)
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

  /**
   * An analyst decided how it ended, as of {@code on}: by default the date of the development that
   * decided it ({@code developmentId}, when named), else the day it was recorded.
   */
  @Revision("1")
  @EventName("watch-item.resolved")
  public record WatchItemResolved(
      WatchItemId id,
      WatchOutcome outcome,
      String reason,
      PartialDate on,
      DevelopmentId developmentId)
      implements WatchItemEvent {}

  /** No longer worth watching, as of {@code on} (by default the day it was recorded). */
  @Revision("1")
  @EventName("watch-item.dropped")
  public record WatchItemDropped(WatchItemId id, String reason, PartialDate on)
      implements WatchItemEvent {}

  /** Watched again, as of {@code on} (by default the day it was recorded). */
  @Revision("1")
  @EventName("watch-item.reopened")
  public record WatchItemReopened(WatchItemId id, String reason, PartialDate on)
      implements WatchItemEvent {}

  /**
   * The item is to be reviewed by another date, {@code reviewBy}, as of {@code on} (by default the
   * day it was recorded); {@code reason} is optional. Until a change counts, the review date is the
   * one the item was opened with.
   */
  @Revision("1")
  @EventName("watch-item.review-date-changed")
  public record ReviewDateChanged(
      WatchItemId id, PartialDate reviewBy, String reason, PartialDate on)
      implements WatchItemEvent {}
}
