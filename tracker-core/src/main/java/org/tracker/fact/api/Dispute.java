package org.tracker.fact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Hedged;
import org.tracker.shared.LocalizedText;

/**
 * A claim an answer did not take: the development, what it says (date, actors, summary), its best
 * source grade, when it was recorded, and why another was preferred — the claim preferred, on which
 * basis ({@link Basis}), and for an analyst's choice, the choice and its reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dispute(
    String developmentId,
    String type,
    String date,
    List<ActorCode> actors,
    LocalizedText summary,
    String grade,
    Instant recordedAt,
    String preferred,
    String preferredDate,
    Basis basis,
    String preferredBy,
    String reason)
    implements Hedged.On {

  /** Why the preferred claim was preferred. */
  public enum Basis {
    /** An analyst chose it (a CLAIM_PREFERRED development, named in {@code preferredBy}). */
    ANALYST_CHOICE,
    /** Its sources are graded better (document reliability, then citation credibility). */
    BETTER_SOURCES,
    /** Neither: it was recorded (or last corrected) more recently. */
    MORE_RECENT
  }
}
