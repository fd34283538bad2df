package org.tracker.watch;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.shared.MetaDataKeys;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchState;

/**
 * The watch items as they stand, for lists and filters: each event is folded by {@link
 * WatchItemRules} into the item's stored state, and the store keeps what the fold answers. One item
 * is read from its own stream (WatchItems), never from here, so that it is never behind.
 */
@ProcessingGroup(WatchItemProjection.GROUP)
public class WatchItemProjection {

  public static final String GROUP = "watch-items";

  private final WatchItemStore store;

  public WatchItemProjection(WatchItemStore store) {
    this.store = store;
  }

  @EventHandler
  void on(
      WatchItemEvent event,
      @Timestamp Instant at,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String by,
      TrackingToken token) {
    WatchState after = WatchItemRules.evolve(store.state(event.id()), event);
    store.save(after, at, by, token.position().orElse(0));
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  @QueryHandler
  public WatchItemList handle(ListWatchItems query) {
    return new WatchItemList(store.list(query));
  }
}
