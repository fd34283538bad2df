package org.tracker.watch.api;

import org.axonframework.serialization.Revision;

/** An analyst opened a watch item; Axon keeps who (metadata) and when. */
@Revision("1")
public record WatchItemOpened(WatchItemId id, WatchItemContent content) {}
