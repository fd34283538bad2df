package org.tracker.watch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;

/**
 * One watch item's stream. Opening it is the first event; its later life (evidence, resolution) is
 * recorded as further events on the same stream.
 */
public class WatchItem {

  @AggregateIdentifier private WatchItemId id;
  private WatchItemContent content;

  protected WatchItem() {
    // for Axon
  }

  @CommandHandler
  public WatchItem(OpenWatchItem command) {
    apply(new WatchItemOpened(command.id(), command.content()));
  }

  @EventSourcingHandler
  void on(WatchItemOpened event) {
    this.id = event.id();
    this.content = event.content();
  }
}
