package org.tracker.watch.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tracker.shared.PartialDate;

/**
 * Open a watch item with validated content, as of {@code on}: the day the analyst gave ({@code
 * onGiven}), else its default (the cited source's date, else the recording day). Opening an item
 * that exists with the same content records nothing, unless the analyst gave another day.
 */
public record OpenWatchItem(
    @TargetAggregateIdentifier WatchItemId id,
    WatchItemContent content,
    PartialDate on,
    boolean onGiven)
    implements WatchItemCommand {}
