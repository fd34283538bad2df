package org.tracker.watch.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Watch items, each filter optional: a status; a subject or an actor (both look in the item's
 * subjects); only those overdue on {@code today} (review date passed, still watched); only those
 * watched with no evidence since {@code quietSince}.
 */
public record ListWatchItems(
    WatchStatus status,
    String subject,
    String actor,
    boolean overdue,
    Instant quietSince,
    LocalDate today) {}
