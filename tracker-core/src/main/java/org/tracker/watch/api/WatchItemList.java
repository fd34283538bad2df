package org.tracker.watch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Watch items on day {@code asOf} as known at {@code knownAt} (null: now), ordered by review date
 * (soonest first), then id.
 */
public record WatchItemList(LocalDate asOf, Instant knownAt, List<WatchItemView> items) {}
