package org.tracker.watch;

import java.time.Instant;
import java.util.List;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchState;

/**
 * Where the watch item projection keeps its rows. It keeps states the rule book folded and never
 * derives one itself. Writes are keyed and replay-safe.
 */
public interface WatchItemStore {

  /** The item's state as last saved ({@link WatchState#NONE} when there is none). */
  WatchState state(WatchItemId id);

  /**
   * Keeps {@code state}: a new item is stored as opened at {@code at} by {@code by}; evidence that
   * joins the standing set is linked at {@code at}, evidence that leaves it is withdrawn at {@code
   * at}.
   */
  void save(WatchState state, Instant at, String by, long position);

  List<WatchItemView> list(ListWatchItems query);

  void clear();
}
