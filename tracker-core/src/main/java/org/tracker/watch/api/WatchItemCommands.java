package org.tracker.watch.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.PartialDate;

/**
 * What can be asked of an open watch item. Each step is dated in the world ({@code on}, resolved by
 * the caller from what the analyst gave or the step's default); a withdrawal is not a step.
 */
public final class WatchItemCommands {

  private WatchItemCommands() {}

  /**
   * Link a development as evidence (no-op when already linked), seen as of {@code on} (by default
   * the development's date).
   */
  public record LinkEvidence(
      @TargetAggregateIdentifier WatchItemId id,
      DevelopmentId developmentId,
      boolean byRule,
      String note,
      PartialDate on)
      implements WatchItemCommand {}

  /** Withdraw a linked development (no-op when not linked). */
  public record WithdrawEvidence(
      @TargetAggregateIdentifier WatchItemId id, DevelopmentId developmentId, String reason)
      implements WatchItemCommand {}

  /**
   * Resolve as of {@code on}: by default the date of the deciding development ({@code
   * developmentId}, optional), else the recording day.
   */
  public record ResolveWatchItem(
      @TargetAggregateIdentifier WatchItemId id,
      WatchOutcome outcome,
      String reason,
      PartialDate on,
      DevelopmentId developmentId)
      implements WatchItemCommand {}

  /** Drop as of {@code on} (by default the recording day). */
  public record DropWatchItem(
      @TargetAggregateIdentifier WatchItemId id, String reason, PartialDate on)
      implements WatchItemCommand {}

  /** Reopen as of {@code on} (by default the recording day). */
  public record ReopenWatchItem(
      @TargetAggregateIdentifier WatchItemId id, String reason, PartialDate on)
      implements WatchItemCommand {}

  /**
   * Move the review date to {@code reviewBy}, as of {@code on} (by default the recording day); why
   * is optional. Moving it to the date it already has records nothing.
   */
  public record ChangeReviewDate(
      @TargetAggregateIdentifier WatchItemId id,
      PartialDate reviewBy,
      String reason,
      PartialDate on)
      implements WatchItemCommand {}
}
