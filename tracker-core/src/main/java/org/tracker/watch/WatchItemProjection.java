package org.tracker.watch;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.shared.MetaDataKeys;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchStatus;

/**
 * The watch items as they stand, for lists and filters. One item is read from its own stream
 * (WatchItems), never from here, so that it is never behind.
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
      WatchItemOpened event,
      @Timestamp Instant at,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String by,
      TrackingToken token) {
    store.opened(event.id(), event.content(), at, by, token.position().orElse(0));
  }

  @EventHandler
  void on(EvidenceLinked event, @Timestamp Instant at) {
    store.evidenceLinked(event.id(), event.developmentId(), at);
  }

  @EventHandler
  void on(EvidenceWithdrawn event, @Timestamp Instant at) {
    store.evidenceWithdrawn(event.id(), event.developmentId(), at);
  }

  @EventHandler
  void on(WatchItemResolved event) {
    store.decided(event.id(), WatchStatus.RESOLVED, event.outcome());
  }

  @EventHandler
  void on(WatchItemDropped event) {
    store.decided(event.id(), WatchStatus.DROPPED, null);
  }

  @EventHandler
  void on(WatchItemReopened event) {
    store.reopened(event.id());
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  @QueryHandler
  public WatchItemList handle(ListWatchItems query) {
    List<WatchItemView> items = store.list(query);
    return new WatchItemList(items);
  }
}
