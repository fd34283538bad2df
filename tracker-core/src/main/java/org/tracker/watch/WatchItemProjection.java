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
import org.tracker.watch.api.FindWatchItem;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;

/** The watch items as they stand, from their events; answers the watch item queries. */
@ProcessingGroup(WatchItemProjection.GROUP)
public class WatchItemProjection {

  public static final String GROUP = "watch-items";

  private final WatchItemStore store;

  public WatchItemProjection(WatchItemStore store) {
    this.store = store;
  }

  @EventHandler
  void on(
      WatchItemOpened event,
      @Timestamp Instant at,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String by,
      TrackingToken token) {
    store.opened(event.id(), event.content(), at, by, token.position().orElse(0));
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  @QueryHandler
  public WatchItemView handle(FindWatchItem query) {
    return store.find(query.id()).orElse(null);
  }

  @QueryHandler
  public WatchItemList handle(ListWatchItems query) {
    return new WatchItemList(store.list(query));
  }
}
