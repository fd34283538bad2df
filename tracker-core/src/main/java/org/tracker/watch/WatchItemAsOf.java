package org.tracker.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tracker.shared.Certainty;
import org.tracker.shared.PartialDate;
import org.tracker.watch.WatchStep.Kind;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchStatus;

/**
 * A watch item on a day, as known at a moment — the one place this rule lives (ADR 0016). The steps
 * known at {@code knownAt} are those recorded by then, less evidence withdrawn by then; of those,
 * the steps that count on {@code asOf} are those whose date starts on or before it. The item is
 * there once its opening counts; the last transition that counts (in the order they were recorded)
 * says whether it is watched, resolved or dropped; a watched item with evidence counting is
 * EVIDENCE_SEEN. Its review date is the one set by the last change of it that counts, else the one
 * it was opened with; it is overdue when watched and that review date ended before {@code asOf}.
 */
public final class WatchItemAsOf {

  private WatchItemAsOf() {}

  /**
   * What the steps make of an item on a day.
   *
   * @param certainty CERTAIN when the steps the status rests on had surely happened by the day,
   *     POSSIBLE when the day falls inside one's date range
   * @param closedOn the day it was resolved or dropped; null while watched
   * @param evidence the evidence counting, in the order it was recorded
   * @param reviewBy the review date on the day: the last change of it counting, else the first
   */
  public record Standing(
      WatchStatus status,
      WatchOutcome outcome,
      Certainty certainty,
      PartialDate openedOn,
      PartialDate closedOn,
      List<WatchStep> evidence,
      PartialDate reviewBy,
      boolean overdue) {

    /** When the last evidence counting was recorded; null without evidence. */
    public Instant lastEvidenceAt() {
      return evidence.stream()
          .map(WatchStep::recordedAt)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }

    /** Still watched: open, or with evidence seen. */
    public boolean watched() {
      return status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
    }
  }

  /**
   * The item on day {@code asOf} as known at {@code knownAt} (null: now), opened to be reviewed by
   * {@code reviewBy}; empty when it was not opened by that day, or not recorded by that moment.
   */
  public static Optional<Standing> of(
      List<WatchStep> steps, PartialDate reviewBy, LocalDate asOf, Instant knownAt) {
    List<WatchStep> known =
        steps.stream()
            .filter(s -> s.recordedBy(knownAt))
            .sorted(Comparator.comparingLong(WatchStep::sequence))
            .toList();
    WatchStep opening =
        known.stream().filter(s -> s.kind() == Kind.OPENED).findFirst().orElse(null);
    if (opening == null || !opening.countsOn(asOf)) {
      return Optional.empty();
    }
    WatchStep last = opening;
    PartialDate review = reviewBy;
    for (WatchStep step : known) {
      if (step.kind().transition() && step.countsOn(asOf)) {
        last = step;
      } else if (step.kind() == Kind.REVIEW_DATE_CHANGED && step.countsOn(asOf)) {
        review = step.reviewBy();
      }
    }
    List<WatchStep> evidence =
        known.stream()
            .filter(s -> s.kind() == Kind.EVIDENCE_LINKED)
            .filter(s -> s.knownAt(knownAt) && s.countsOn(asOf))
            .toList();
    WatchStatus status =
        switch (last.kind()) {
          case RESOLVED -> WatchStatus.RESOLVED;
          case DROPPED -> WatchStatus.DROPPED;
          default -> evidence.isEmpty() ? WatchStatus.OPEN : WatchStatus.EVIDENCE_SEEN;
        };
    Certainty certainty = worse(certainty(opening, asOf), certainty(last, asOf));
    if (status == WatchStatus.EVIDENCE_SEEN
        && evidence.stream().noneMatch(e -> certainty(e, asOf) == Certainty.CERTAIN)) {
      certainty = Certainty.POSSIBLE;
    }
    boolean closed = status == WatchStatus.RESOLVED || status == WatchStatus.DROPPED;
    return Optional.of(
        new Standing(
            status,
            last.outcome(),
            certainty,
            opening.on(),
            closed ? last.on() : null,
            evidence,
            review,
            !closed && review.latest().isBefore(asOf)));
  }

  /** The item's view on the day: its content, where it stands, and who opened it when. */
  public static WatchItemView view(
      String id, WatchItemContent content, Standing standing, Instant openedAt, String openedBy) {
    return new WatchItemView(
        id,
        content.question(),
        content.subjects(),
        content.resolvesWhen(),
        content.rule(),
        standing.reviewBy().toString(),
        standing.overdue(),
        standing.status(),
        standing.outcome(),
        standing.certainty(),
        standing.openedOn().toString(),
        Objects.toString(standing.closedOn(), null),
        standing.evidence().size(),
        standing.lastEvidenceAt(),
        content.sources(),
        openedAt,
        openedBy);
  }

  private static Certainty certainty(WatchStep step, LocalDate asOf) {
    return Certainty.of(step.on(), asOf);
  }

  private static Certainty worse(Certainty a, Certainty b) {
    return a == Certainty.POSSIBLE || b == Certainty.POSSIBLE
        ? Certainty.POSSIBLE
        : Certainty.CERTAIN;
  }
}
