package org.tracker.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Texts;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.ChangeReviewDate;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.ReviewDateChanged;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchState;
import org.tracker.watch.api.WatchStatus;
import org.tracker.watch.api.WatchTransitionRefused;

/**
 * The rule book of a watch item's stream, the one place its rules live: OPEN → EVIDENCE_SEEN (by
 * itself, when evidence is linked; back to OPEN when the last evidence is withdrawn) → RESOLVED or
 * DROPPED (by an analyst, with a reason); a resolved or dropped item can be reopened. Opening the
 * same item twice, linking the same development twice or withdrawing one not linked records
 * nothing; a rule links evidence only while the item is watched. Each step is dated in the world
 * ({@code on}); a resolution, drop or reopening cannot be dated before the item's last transition.
 * A watched item's review date can be moved ({@link #reviewByProblem}: not before the day the move
 * is dated, which is not before the item was opened); moving it to the date it has records nothing.
 * The aggregate, the analysts' service, the importer and every reader of a stream call {@link
 * #decide} and {@link #evolve}; which steps count on a day is {@link WatchItemAsOf}'s.
 */
public final class WatchItemRules {

  private WatchItemRules() {}

  /**
   * The events a command records on a stream in {@code state} ({@link WatchState#NONE} for a stream
   * not yet written); empty when it changes nothing.
   *
   * @throws WatchItemIdInUse when opening an item that exists with other content
   * @throws UnknownWatchItem when any other command names no item
   * @throws WatchTransitionRefused when the item's status does not allow the step
   * @throws InvalidWatchItem when a reason is missing or too long, a step is dated before the
   *     item's last transition, or a review date is not one ({@link #reviewByProblem})
   */
  public static List<WatchItemEvent> decide(WatchState state, WatchItemCommand command) {
    if (command instanceof OpenWatchItem open) {
      if (!state.exists()) {
        return List.of(new WatchItemOpened(open.id(), open.content(), open.on()));
      }
      if (state.content().equals(open.content())
          && (!open.onGiven() || Objects.equals(open.on(), state.openedOn()))) {
        return List.of();
      }
      throw new WatchItemIdInUse(open.id());
    }
    if (!state.exists()) {
      throw new UnknownWatchItem(command.id().value());
    }
    if (command instanceof LinkEvidence link) {
      if (state.evidence().contains(link.developmentId())) {
        return List.of();
      }
      if (!state.active()) {
        if (link.byRule()) {
          return List.of(); // a rule only watches while the item is watched
        }
        throw new WatchTransitionRefused(state.id(), state.status(), "given evidence");
      }
      String note = Texts.orNull(link.note());
      check("note", Texts.problemIfGiven(note));
      return List.of(
          new EvidenceLinked(state.id(), link.developmentId(), link.byRule(), note, link.on()));
    }
    if (command instanceof WithdrawEvidence withdraw) {
      return state.evidence().contains(withdraw.developmentId())
          ? List.of(new EvidenceWithdrawn(state.id(), withdraw.developmentId(), withdraw.reason()))
          : List.of();
    }
    if (command instanceof ResolveWatchItem resolve) {
      step(state, "resolved", resolve.reason(), resolve.on());
      if (resolve.outcome() == null) {
        throw new InvalidWatchItem(List.of(new FieldViolation("outcome", "is required")));
      }
      return List.of(
          new WatchItemResolved(
              state.id(),
              resolve.outcome(),
              resolve.reason(),
              resolve.on(),
              resolve.developmentId()));
    }
    if (command instanceof DropWatchItem drop) {
      step(state, "dropped", drop.reason(), drop.on());
      return List.of(new WatchItemDropped(state.id(), drop.reason(), drop.on()));
    }
    if (command instanceof ChangeReviewDate change) {
      return changeReviewDate(state, change);
    }
    ReopenWatchItem reopen = (ReopenWatchItem) command;
    if (state.active()) {
      throw new WatchTransitionRefused(state.id(), state.status(), "reopened");
    }
    check("reason", reasonProblem(reopen.reason()));
    check("on", orderProblem(state, reopen.on()));
    return List.of(new WatchItemReopened(state.id(), reopen.reason(), reopen.on()));
  }

  /** The state after {@code event}. */
  public static WatchState evolve(WatchState state, WatchItemEvent event) {
    if (event instanceof WatchItemOpened opened) {
      return new WatchState(
          opened.id(),
          opened.content(),
          WatchStatus.OPEN,
          null,
          Set.of(),
          opened.on(),
          opened.on(),
          opened.content().reviewBy());
    }
    if (event instanceof ReviewDateChanged changed) {
      return state.withReviewBy(changed.reviewBy());
    }
    if (event instanceof EvidenceLinked linked) {
      Set<DevelopmentId> evidence = new LinkedHashSet<>(state.evidence());
      evidence.add(linked.developmentId());
      WatchStatus status =
          state.status() == WatchStatus.OPEN ? WatchStatus.EVIDENCE_SEEN : state.status();
      return state.with(status, state.outcome(), evidence, state.since());
    }
    if (event instanceof EvidenceWithdrawn withdrawn) {
      Set<DevelopmentId> evidence = new LinkedHashSet<>(state.evidence());
      evidence.remove(withdrawn.developmentId());
      WatchStatus status =
          state.status() == WatchStatus.EVIDENCE_SEEN && evidence.isEmpty()
              ? WatchStatus.OPEN
              : state.status();
      return state.with(status, state.outcome(), evidence, state.since());
    }
    if (event instanceof WatchItemResolved resolved) {
      return state.with(WatchStatus.RESOLVED, resolved.outcome(), state.evidence(), resolved.on());
    }
    if (event instanceof WatchItemDropped dropped) {
      return state.with(WatchStatus.DROPPED, null, state.evidence(), dropped.on());
    }
    if (event instanceof WatchItemReopened reopened) {
      WatchStatus status =
          state.evidence().isEmpty() ? WatchStatus.OPEN : WatchStatus.EVIDENCE_SEEN;
      return state.with(status, null, state.evidence(), reopened.on());
    }
    throw new IllegalArgumentException("not a watch item event: " + event);
  }

  /** The state of a stream after all of {@code events}, oldest first. */
  public static WatchState fold(Iterable<? extends WatchItemEvent> events) {
    WatchState state = WatchState.NONE;
    for (WatchItemEvent event : events) {
      state = evolve(state, event);
    }
    return state;
  }

  /** What is wrong with a reason an analyst gives for a step, or null. */
  public static String reasonProblem(String reason) {
    String problem = Texts.problem(reason);
    return problem == null ? null : problem + ": say why";
  }

  /**
   * What is wrong with the day an analyst gives a step, or null: a step is dated on or before the
   * day it is recorded ({@code today}).
   */
  public static String dayProblem(PartialDate on, LocalDate today) {
    return on != null && on.earliest().isAfter(today)
        ? "must not be after " + today + ", the day it is recorded"
        : null;
  }

  /**
   * What is wrong with moving an item's review date to {@code reviewBy} as of {@code on}, or null:
   * a review date is required, and lies ahead — it does not end before the day it is set ({@code
   * on}, when known). The one place this rule lives; the API and the dashboard answer with it.
   */
  public static String reviewByProblem(PartialDate reviewBy, PartialDate on) {
    if (reviewBy == null) {
      return "is required: a partial date such as 2027-06";
    }
    if (on != null && reviewBy.latest().isBefore(on.earliest())) {
      return "is before "
          + on
          + ", the day it is set: a review date lies ahead (an item past its review date is"
          + " overdue)";
    }
    return null;
  }

  private static List<WatchItemEvent> changeReviewDate(WatchState state, ChangeReviewDate change) {
    if (!state.active()) {
      throw new WatchTransitionRefused(state.id(), state.status(), "given another review date");
    }
    List<FieldViolation> violations = new ArrayList<>();
    add(violations, "reviewBy", reviewByProblem(change.reviewBy(), change.on()));
    add(violations, "reason", Texts.problemIfGiven(change.reason()));
    add(violations, "on", beforeOpeningProblem(state, change.on()));
    if (!violations.isEmpty()) {
      throw new InvalidWatchItem(violations);
    }
    if (change.reviewBy().equals(state.reviewBy())) {
      return List.of();
    }
    return List.of(
        new ReviewDateChanged(
            state.id(), change.reviewBy(), Texts.orNull(change.reason()), change.on()));
  }

  /** What is wrong with dating a step {@code on} wholly before the item was opened, or null. */
  private static String beforeOpeningProblem(WatchState state, PartialDate on) {
    if (on == null
        || state.openedOn() == null
        || !on.latest().isBefore(state.openedOn().earliest())) {
      return null;
    }
    return "is before " + state.openedOn() + ", the day the item was opened";
  }

  private static void add(List<FieldViolation> violations, String field, String problem) {
    if (problem != null) {
      violations.add(new FieldViolation(field, problem));
    }
  }

  /**
   * What is wrong with dating a transition {@code on}, or null: it cannot lie wholly before the
   * item's last transition (a partial date that may fall on or after it is allowed).
   */
  private static String orderProblem(WatchState state, PartialDate on) {
    if (on == null || state.since() == null || !on.latest().isBefore(state.since().earliest())) {
      return null;
    }
    return "is before "
        + state.since()
        + ", the day of the item's last step (it is "
        + state.status()
        + " since then)";
  }

  private static void step(WatchState state, String attempted, String reason, PartialDate on) {
    if (!state.active()) {
      throw new WatchTransitionRefused(state.id(), state.status(), attempted);
    }
    check("reason", reasonProblem(reason));
    check("on", orderProblem(state, on));
  }

  private static void check(String field, String problem) {
    if (problem != null) {
      throw new InvalidWatchItem(List.of(new FieldViolation(field, problem)));
    }
  }
}
