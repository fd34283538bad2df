package org.tracker.watch.api;

import java.time.Instant;
import java.util.List;
import org.tracker.development.api.Citation;
import org.tracker.shared.LocalizedText;

/** A watch item: its question, subjects, rule, state, and who opened it when. */
public record WatchItemView(
    String id,
    LocalizedText question,
    List<String> subjects,
    LocalizedText resolvesWhen,
    WatchRule rule,
    String reviewBy,
    WatchStatus status,
    List<Citation> sources,
    Instant openedAt,
    String openedBy) {}
