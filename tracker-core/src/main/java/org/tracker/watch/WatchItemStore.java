package org.tracker.watch;

import java.time.Instant;
import java.util.List;
import org.tracker.development.api.DevelopmentId;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;

/**
 * Where the watch item projection keeps its rows: each item's content and who opened it when, and
 * every step of it, dated in the world and in the record (ADR 0016). It keeps steps and never
 * derives a state from them ({@link WatchItemAsOf} does). Writes are keyed and replay-safe.
 */
public interface WatchItemStore {

  /** An item as stored, with every step recorded so far. */
  record StoredItem(
      WatchItemId id,
      WatchItemContent content,
      Instant openedAt,
      String openedBy,
      List<WatchStep> steps) {}

  /** Keeps an item opened (recorded) at {@code at} by {@code by}. */
  void opened(WatchItemId id, WatchItemContent content, Instant at, String by, long position);

  /** Keeps one step of the item (again: nothing changes). */
  void step(WatchItemId id, WatchStep step);

  /**
   * Ends the record interval, at {@code at}, of the development's evidence linked before the
   * withdrawal's place {@code sequence} in the item's stream.
   */
  void withdrawn(WatchItemId id, DevelopmentId developmentId, Instant at, long sequence);

  /**
   * The items naming {@code subject} and {@code actor} among their subjects (null: any), by review
   * date (soonest first), then id.
   */
  List<StoredItem> items(String subject, String actor);

  void clear();
}
