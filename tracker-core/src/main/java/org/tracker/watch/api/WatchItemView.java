package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.tracker.development.api.Citation;
import org.tracker.shared.LocalizedText;

/**
 * A watch item as it stands: its question, subjects, rule, review date (overdue when it has passed
 * while the item is still watched), state and outcome, how much evidence and since when, and who
 * opened it when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchItemView(
    String id,
    LocalizedText question,
    List<String> subjects,
    LocalizedText resolvesWhen,
    WatchRule rule,
    String reviewBy,
    boolean overdue,
    WatchStatus status,
    WatchOutcome outcome,
    int evidenceCount,
    Instant lastEvidenceAt,
    List<Citation> sources,
    Instant openedAt,
    String openedBy) {}
