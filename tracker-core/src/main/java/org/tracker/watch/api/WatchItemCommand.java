package org.tracker.watch.api;

import org.tracker.watch.api.WatchItemCommands.ChangeReviewDate;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;

/** Everything that can be asked of a watch item's stream. */
public sealed interface WatchItemCommand
    permits OpenWatchItem,
        LinkEvidence,
        WithdrawEvidence,
        ResolveWatchItem,
        DropWatchItem,
        ReopenWatchItem,
        ChangeReviewDate {
  WatchItemId id();
}
