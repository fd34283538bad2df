package org.tracker.watch.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Watch items on day {@code asOf} as known at {@code knownAt} (null: now), each filter optional: a
 * status; a subject or an actor (both look in the item's subjects); only those overdue (review date
 * passed, still watched); only those watched with no evidence recorded since {@code quietSince}.
 */
public record ListWatchItems(
    WatchStatus status,
    String subject,
    String actor,
    boolean overdue,
    Instant quietSince,
    LocalDate asOf,
    Instant knownAt) {}
