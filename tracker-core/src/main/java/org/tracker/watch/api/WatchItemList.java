package org.tracker.watch.api;

import java.util.List;

/** Watch items, ordered by review date (soonest first), then id. */
public record WatchItemList(List<WatchItemView> items) {}
