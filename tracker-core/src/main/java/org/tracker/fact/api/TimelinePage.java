package org.tracker.fact.api;

import java.util.List;

/** One page of the timeline, in world order, with the total number of matching facts. */
public record TimelinePage(List<Fact> items, long total, int page, int size) {}
