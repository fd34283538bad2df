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
    String openedBy) {

  /**
   * An item's view: overdue when its review date (its latest day) has passed by {@code today} while
   * it is still watched.
   */
  public static WatchItemView of(
      String id,
      WatchItemContent content,
      WatchStatus status,
      WatchOutcome outcome,
      int evidenceCount,
      Instant lastEvidenceAt,
      Instant openedAt,
      String openedBy,
      java.time.LocalDate today) {
    boolean active = status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
    return new WatchItemView(
        id,
        content.question(),
        content.subjects(),
        content.resolvesWhen(),
        content.rule(),
        content.reviewBy().toString(),
        active && content.reviewBy().latest().isBefore(today),
        status,
        outcome,
        evidenceCount,
        lastEvidenceAt,
        content.sources(),
        openedAt,
        openedBy);
  }
}
