package org.tracker.watch.api;

import org.axonframework.serialization.Revision;
import org.tracker.shared.EventName;
import org.tracker.shared.PartialDate;

/**
 * An analyst opened a watch item, as of {@code on} (by default the cited source's date, else the
 * day it was recorded); Axon keeps who (metadata) and when it was recorded.
 */
@Revision("1")
@EventName("watch-item.opened")
public record WatchItemOpened(WatchItemId id, WatchItemContent content, PartialDate on)
    implements WatchItemEvent {}
