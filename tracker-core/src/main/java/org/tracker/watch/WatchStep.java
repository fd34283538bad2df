package org.tracker.watch;

import java.time.Instant;
import java.time.LocalDate;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.ReviewDateChanged;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;

/**
 * One step of a watch item, dated twice (ADR 0016): in the world, the day it is dated ({@code on});
 * in the record, the half-open interval from {@code recordedAt} until {@code withdrawnAt} — set
 * only on evidence later withdrawn (a retraction, or a correction out of the rule), null while it
 * stands.
 *
 * @param sequence its place in the item's stream
 * @param developmentId the development linked (evidence), or that decided it (a resolution)
 * @param outcome how it ended (a resolution)
 * @param reviewBy the review date it sets (a change of the review date)
 */
public record WatchStep(
    long sequence,
    Kind kind,
    PartialDate on,
    DevelopmentId developmentId,
    WatchOutcome outcome,
    Instant recordedAt,
    Instant withdrawnAt,
    PartialDate reviewBy) {

  /** What a step does. */
  public enum Kind {
    OPENED,
    EVIDENCE_LINKED,
    RESOLVED,
    DROPPED,
    REOPENED,
    REVIEW_DATE_CHANGED;

    /** Opens or closes the item: everything but evidence and a change of its review date. */
    public boolean transition() {
      return this != EVIDENCE_LINKED && this != REVIEW_DATE_CHANGED;
    }
  }

  /**
   * The step an event records; null for a withdrawal, which is no step in the world but ends its
   * link's record interval ({@link #withdrawn}). An event stored before steps were dated (no {@code
   * on}) is dated on the day it was recorded (UTC).
   */
  public static WatchStep of(WatchItemEvent event, long sequence, Instant recordedAt) {
    Kind kind;
    if (event instanceof WatchItemOpened) {
      kind = Kind.OPENED;
    } else if (event instanceof EvidenceLinked) {
      kind = Kind.EVIDENCE_LINKED;
    } else if (event instanceof WatchItemResolved) {
      kind = Kind.RESOLVED;
    } else if (event instanceof WatchItemDropped) {
      kind = Kind.DROPPED;
    } else if (event instanceof WatchItemReopened) {
      kind = Kind.REOPENED;
    } else if (event instanceof ReviewDateChanged) {
      kind = Kind.REVIEW_DATE_CHANGED;
    } else {
      return null;
    }
    PartialDate on = dayOf(event, recordedAt);
    WatchOutcome outcome = event instanceof WatchItemResolved r ? r.outcome() : null;
    PartialDate reviewBy = event instanceof ReviewDateChanged c ? c.reviewBy() : null;
    return new WatchStep(
        sequence, kind, on, event.developmentId(), outcome, recordedAt, null, reviewBy);
  }

  /**
   * The day a step is dated: its {@code on}, or for an event stored before steps were dated, the
   * day it was recorded (UTC).
   */
  public static PartialDate dayOf(WatchItemEvent event, Instant recordedAt) {
    return event.dayOf(recordedAt);
  }

  /** This evidence, withdrawn at {@code at}. */
  public WatchStep withdrawn(Instant at) {
    return new WatchStep(sequence, kind, on, developmentId, outcome, recordedAt, at, reviewBy);
  }

  /** Recorded by {@code knownAt} (null: now). */
  public boolean recordedBy(Instant knownAt) {
    return knownAt == null || !recordedAt.isAfter(knownAt);
  }

  /** Known at {@code knownAt} (null: now): recorded by then and not withdrawn by then. */
  public boolean knownAt(Instant knownAt) {
    return recordedBy(knownAt)
        && (withdrawnAt == null || (knownAt != null && withdrawnAt.isAfter(knownAt)));
  }

  /**
   * Counts on day {@code asOf}: its date's range starts on or before it, as a fact's does (ADR
   * 0005); {@link org.tracker.shared.Certainty} says whether it surely had happened.
   */
  public boolean countsOn(LocalDate asOf) {
    return !on.earliest().isAfter(asOf);
  }
}
