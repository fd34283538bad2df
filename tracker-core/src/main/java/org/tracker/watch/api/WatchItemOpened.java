package org.tracker.watch.api;

import org.axonframework.serialization.Revision;
import org.tracker.shared.EventName;

/** An analyst opened a watch item; Axon keeps who (metadata) and when. */
@Revision("1")
@EventName("watch-item.opened")
public record WatchItemOpened(WatchItemId id, WatchItemContent content) implements WatchItemEvent {}
