package org.tracker.watch.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a watch item with validated content. */
public record OpenWatchItem(@TargetAggregateIdentifier WatchItemId id, WatchItemContent content)
    implements WatchItemCommand {}
