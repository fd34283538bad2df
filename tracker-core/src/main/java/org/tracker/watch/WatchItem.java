package org.tracker.watch;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.ChangeReviewDate;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchState;

/**
 * One watch item's stream as Axon's aggregate: every command is decided, and every event folded, by
 * {@link WatchItemRules}; this class only hands them over.
 */
public class WatchItem {

  @AggregateIdentifier private WatchItemId id;
  private WatchState state = WatchState.NONE;

  protected WatchItem() {
    // for Axon
  }

  @CommandHandler
  public WatchItem(OpenWatchItem command) {
    decide(command);
  }

  /**
   * Whether the evidence was linked (false: already linked, or a rule's link to an item no longer
   * watched, which records nothing).
   */
  @CommandHandler
  boolean handle(LinkEvidence command) {
    return decide(command);
  }

  @CommandHandler
  void handle(WithdrawEvidence command) {
    decide(command);
  }

  @CommandHandler
  void handle(ResolveWatchItem command) {
    decide(command);
  }

  @CommandHandler
  void handle(DropWatchItem command) {
    decide(command);
  }

  @CommandHandler
  void handle(ReopenWatchItem command) {
    decide(command);
  }

  @CommandHandler
  void handle(ChangeReviewDate command) {
    decide(command);
  }

  /** Applies what the rule book decides; whether it decided anything. */
  private boolean decide(WatchItemCommand command) {
    List<WatchItemEvent> events = WatchItemRules.decide(state, command);
    events.forEach(AggregateLifecycle::apply);
    return !events.isEmpty();
  }

  @EventSourcingHandler
  void on(WatchItemEvent event) {
    state = WatchItemRules.evolve(state, event);
    id = state.id();
  }
}
