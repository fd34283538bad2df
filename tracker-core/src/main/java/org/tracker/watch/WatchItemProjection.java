package org.tracker.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.shared.MetaDataKeys;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;

/**
 * The watch items for lists and filters, on any day as known at any moment (ADR 0016): the store
 * keeps every step of every item, dated in the world and in the record, and each answer is folded
 * by {@link WatchItemAsOf}. One item is read from its own stream (WatchItems), never from here, so
 * that it is never behind.
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
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String by,
      TrackingToken token) {
    if (event instanceof WatchItemOpened opened) {
      store.opened(opened.id(), opened.content(), at, by, token.position().orElse(0));
    }
    if (event instanceof EvidenceWithdrawn withdrawn) {
      store.withdrawn(withdrawn.id(), withdrawn.developmentId(), at, sequence);
    } else {
      store.step(event.id(), WatchStep.of(event, sequence, at));
    }
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  @QueryHandler
  public WatchItemList handle(ListWatchItems query) {
    List<WatchItemView> items = new ArrayList<>();
    for (WatchItemStore.StoredItem item : store.items(query.subject(), query.actor())) {
      WatchItemAsOf.of(item.steps(), item.content().reviewBy(), query.asOf(), query.knownAt())
          .filter(standing -> wanted(query, standing, item.openedAt()))
          .map(
              standing ->
                  WatchItemAsOf.view(
                      item.id().value(),
                      item.content(),
                      standing,
                      item.openedAt(),
                      item.openedBy()))
          .ifPresent(items::add);
    }
    // by the review date on the day (a change of it may have moved an item), then id
    items.sort(
        Comparator.comparing((WatchItemView v) -> PartialDate.parse(v.reviewBy()).latest())
            .thenComparing(WatchItemView::id));
    return new WatchItemList(query.asOf(), query.knownAt(), items);
  }

  /**
   * Whether an item standing so passes the query's filters: its status, overdue, and quiet
   * (watched, with no evidence counting recorded since {@code quietSince}, nor the item itself).
   */
  private static boolean wanted(
      ListWatchItems query, WatchItemAsOf.Standing standing, Instant openedAt) {
    if (query.status() != null && standing.status() != query.status()) {
      return false;
    }
    if (query.overdue() && !standing.overdue()) {
      return false;
    }
    if (query.quietSince() == null) {
      return true;
    }
    Instant last = standing.lastEvidenceAt() != null ? standing.lastEvidenceAt() : openedAt;
    return standing.watched() && last.isBefore(query.quietSince());
  }
}
