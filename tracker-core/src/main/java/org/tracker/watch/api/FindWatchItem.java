package org.tracker.watch.api;

/** One watch item, or null. */
public record FindWatchItem(WatchItemId id) {}
