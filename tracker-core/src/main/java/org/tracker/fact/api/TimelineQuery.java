package org.tracker.fact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;

/**
 * Timeline filters, each optional: an actor, types, a date range (a partial date overlapping it
 * counts), text (a substring of either language's summary, the quotes, labels and titles), the
 * world as of a day and the record as known at a moment; a page (from 0) of a size.
 */
public record TimelineQuery(
    ActorCode actor,
    Set<DevelopmentType> types,
    LocalDate from,
    LocalDate to,
    String text,
    LocalDate asOf,
    Instant knownAt,
    int page,
    int size) {}
