package org.tracker.watch.api;

/** Watch items, filtered by status and by a subject (an actor code or an id); both optional. */
public record ListWatchItems(WatchStatus status, String subject) {}
