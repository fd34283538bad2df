package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.tracker.development.api.Citation;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;
import org.tracker.shared.LocalizedText;

/**
 * A watch item on a day, as known at a moment (ADR 0016): its question, subjects, rule, review date
 * (overdue when it has passed by that day while the item is still watched), status and outcome and
 * how sure that is, the day it was opened and (when resolved or dropped) closed, how much evidence
 * counts and when the last of it was recorded, and who opened it when.
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
    Certainty certainty,
    String openedOn,
    String closedOn,
    int evidenceCount,
    Instant lastEvidenceAt,
    List<Citation> sources,
    Instant openedAt,
    String openedBy) {
  /** How the source hedged {@code openedOn} (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("openedOnQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier openedOnQualifier() {
    return DateQualifier.of(openedOn);
  }

  /** How the source hedged {@code closedOn} (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("closedOnQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier closedOnQualifier() {
    return DateQualifier.of(closedOn);
  }
}
