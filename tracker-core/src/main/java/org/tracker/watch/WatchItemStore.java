package org.tracker.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemView;

/** Where the watch item projection keeps its rows. Writes are keyed and replay-safe. */
public interface WatchItemStore {

  void opened(WatchItemId id, WatchItemContent content, Instant at, String by, long position);

  Optional<WatchItemView> find(WatchItemId id);

  List<WatchItemView> list(ListWatchItems query);

  void clear();
}
