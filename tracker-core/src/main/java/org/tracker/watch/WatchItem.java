package org.tracker.watch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.tracker.development.api.DevelopmentId;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchStatus;
import org.tracker.watch.api.WatchTransitionRefused;

/**
 * One watch item's stream: OPEN → EVIDENCE_SEEN (by itself, when evidence is linked) → RESOLVED or
 * DROPPED (by an analyst, with a reason); a resolved or dropped item can be reopened. Linking the
 * same development twice, or withdrawing one not linked, changes nothing.
 */
public class WatchItem {

  @AggregateIdentifier private WatchItemId id;
  private WatchItemContent content;
  private WatchStatus status;
  private final Set<DevelopmentId> evidence = new LinkedHashSet<>();

  protected WatchItem() {
    // for Axon
  }

  @CommandHandler
  public WatchItem(OpenWatchItem command) {
    apply(new WatchItemOpened(command.id(), command.content()));
  }

  @CommandHandler
  void handle(LinkEvidence command) {
    if (evidence.contains(command.developmentId())) {
      return;
    }
    if (!active()) {
      if (command.byRule()) {
        return; // a rule only watches while the item is watched
      }
      throw new WatchTransitionRefused(id, status, "given evidence");
    }
    apply(
        new EvidenceLinked(
            id, command.developmentId(), command.byRule(), blankToNull(command.note())));
  }

  @CommandHandler
  void handle(WithdrawEvidence command) {
    if (evidence.contains(command.developmentId())) {
      apply(new EvidenceWithdrawn(id, command.developmentId(), command.reason()));
    }
  }

  @CommandHandler
  void handle(ResolveWatchItem command) {
    if (!active()) {
      throw new WatchTransitionRefused(id, status, "resolved");
    }
    apply(new WatchItemResolved(id, command.outcome(), command.reason()));
  }

  @CommandHandler
  void handle(DropWatchItem command) {
    if (!active()) {
      throw new WatchTransitionRefused(id, status, "dropped");
    }
    apply(new WatchItemDropped(id, command.reason()));
  }

  @CommandHandler
  void handle(ReopenWatchItem command) {
    if (active()) {
      throw new WatchTransitionRefused(id, status, "reopened");
    }
    apply(new WatchItemReopened(id, command.reason()));
  }

  private boolean active() {
    return status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @EventSourcingHandler
  void on(WatchItemOpened event) {
    this.id = event.id();
    this.content = event.content();
    this.status = WatchStatus.OPEN;
  }

  @EventSourcingHandler
  void on(EvidenceLinked event) {
    evidence.add(event.developmentId());
    status = WatchStatuses.afterLinking(status);
  }

  @EventSourcingHandler
  void on(EvidenceWithdrawn event) {
    evidence.remove(event.developmentId());
    status = WatchStatuses.afterWithdrawing(status, evidence.size());
  }

  @EventSourcingHandler
  void on(WatchItemResolved event) {
    status = WatchStatus.RESOLVED;
  }

  @EventSourcingHandler
  void on(WatchItemDropped event) {
    status = WatchStatus.DROPPED;
  }

  @EventSourcingHandler
  void on(WatchItemReopened event) {
    status = WatchStatuses.reopened(evidence.size());
  }
}
