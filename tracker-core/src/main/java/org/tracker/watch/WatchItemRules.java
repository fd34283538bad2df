package org.tracker.watch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Texts;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
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
 * nothing; a rule links evidence only while the item is watched. The aggregate, the analysts'
 * service, the importer, the projection and every reader of a stream call {@link #decide} and
 * {@link #evolve}.
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
   * @throws InvalidWatchItem when a reason is missing or too long
   */
  public static List<WatchItemEvent> decide(WatchState state, WatchItemCommand command) {
    if (command instanceof OpenWatchItem open) {
      if (!state.exists()) {
        return List.of(new WatchItemOpened(open.id(), open.content()));
      }
      if (state.content().equals(open.content())) {
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
      return List.of(new EvidenceLinked(state.id(), link.developmentId(), link.byRule(), note));
    }
    if (command instanceof WithdrawEvidence withdraw) {
      return state.evidence().contains(withdraw.developmentId())
          ? List.of(new EvidenceWithdrawn(state.id(), withdraw.developmentId(), withdraw.reason()))
          : List.of();
    }
    if (command instanceof ResolveWatchItem resolve) {
      step(state, "resolved", resolve.reason());
      if (resolve.outcome() == null) {
        throw new InvalidWatchItem(List.of(new FieldViolation("outcome", "is required")));
      }
      return List.of(new WatchItemResolved(state.id(), resolve.outcome(), resolve.reason()));
    }
    if (command instanceof DropWatchItem drop) {
      step(state, "dropped", drop.reason());
      return List.of(new WatchItemDropped(state.id(), drop.reason()));
    }
    ReopenWatchItem reopen = (ReopenWatchItem) command;
    if (state.active()) {
      throw new WatchTransitionRefused(state.id(), state.status(), "reopened");
    }
    check("reason", reasonProblem(reopen.reason()));
    return List.of(new WatchItemReopened(state.id(), reopen.reason()));
  }

  /** The state after {@code event}. */
  public static WatchState evolve(WatchState state, WatchItemEvent event) {
    if (event instanceof WatchItemOpened opened) {
      return new WatchState(opened.id(), opened.content(), WatchStatus.OPEN, null, Set.of());
    }
    if (event instanceof EvidenceLinked linked) {
      Set<DevelopmentId> evidence = new LinkedHashSet<>(state.evidence());
      evidence.add(linked.developmentId());
      WatchStatus status =
          state.status() == WatchStatus.OPEN ? WatchStatus.EVIDENCE_SEEN : state.status();
      return new WatchState(state.id(), state.content(), status, state.outcome(), evidence);
    }
    if (event instanceof EvidenceWithdrawn withdrawn) {
      Set<DevelopmentId> evidence = new LinkedHashSet<>(state.evidence());
      evidence.remove(withdrawn.developmentId());
      WatchStatus status =
          state.status() == WatchStatus.EVIDENCE_SEEN && evidence.isEmpty()
              ? WatchStatus.OPEN
              : state.status();
      return new WatchState(state.id(), state.content(), status, state.outcome(), evidence);
    }
    if (event instanceof WatchItemResolved resolved) {
      return new WatchState(
          state.id(), state.content(), WatchStatus.RESOLVED, resolved.outcome(), state.evidence());
    }
    if (event instanceof WatchItemDropped) {
      return new WatchState(
          state.id(), state.content(), WatchStatus.DROPPED, null, state.evidence());
    }
    if (event instanceof WatchItemReopened) {
      WatchStatus status =
          state.evidence().isEmpty() ? WatchStatus.OPEN : WatchStatus.EVIDENCE_SEEN;
      return new WatchState(state.id(), state.content(), status, null, state.evidence());
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

  private static void step(WatchState state, String attempted, String reason) {
    if (!state.active()) {
      throw new WatchTransitionRefused(state.id(), state.status(), attempted);
    }
    check("reason", reasonProblem(reason));
  }

  private static void check(String field, String problem) {
    if (problem != null) {
      throw new InvalidWatchItem(List.of(new FieldViolation(field, problem)));
    }
  }
}
