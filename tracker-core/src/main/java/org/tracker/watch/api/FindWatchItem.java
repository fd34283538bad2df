package org.tracker.watch.api;

import java.time.LocalDate;

/**
 * One watch item as it stands in the list projection (overdue judged on {@code today}), or null.
 */
public record FindWatchItem(WatchItemId id, LocalDate today) {}
