package org.tracker.watch;

import java.time.Instant;
import java.util.List;
import org.tracker.development.api.DevelopmentId;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchStatus;

/** Where the watch item projection keeps its rows. Writes are keyed and replay-safe. */
public interface WatchItemStore {

  void opened(WatchItemId id, WatchItemContent content, Instant at, String by, long position);

  void evidenceLinked(WatchItemId id, DevelopmentId developmentId, Instant at);

  void evidenceWithdrawn(WatchItemId id, DevelopmentId developmentId, Instant at);

  /** Resolved, dropped or reopened: the new status (and outcome, for RESOLVED). */
  void decided(WatchItemId id, WatchStatus status, WatchOutcome outcome);

  /** Reopened: OPEN, or EVIDENCE_SEEN when evidence stands. */
  void reopened(WatchItemId id);

  List<WatchItemView> list(ListWatchItems query);

  void clear();
}
