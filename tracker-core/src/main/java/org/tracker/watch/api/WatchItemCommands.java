package org.tracker.watch.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tracker.development.api.DevelopmentId;

/** What can be asked of an open watch item. */
public final class WatchItemCommands {

  private WatchItemCommands() {}

  /** Link a development as evidence (no-op when already linked). */
  public record LinkEvidence(
      @TargetAggregateIdentifier WatchItemId id,
      DevelopmentId developmentId,
      boolean byRule,
      String note)
      implements WatchItemCommand {}

  /** Withdraw a linked development (no-op when not linked). */
  public record WithdrawEvidence(
      @TargetAggregateIdentifier WatchItemId id, DevelopmentId developmentId, String reason)
      implements WatchItemCommand {}

  public record ResolveWatchItem(
      @TargetAggregateIdentifier WatchItemId id, WatchOutcome outcome, String reason)
      implements WatchItemCommand {}

  public record DropWatchItem(@TargetAggregateIdentifier WatchItemId id, String reason)
      implements WatchItemCommand {}

  public record ReopenWatchItem(@TargetAggregateIdentifier WatchItemId id, String reason)
      implements WatchItemCommand {}
}
