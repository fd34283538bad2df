package org.tracker.watch;

import java.util.List;
import org.tracker.development.api.DevelopmentId;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchRule;

/** The rule matcher's own state: each item's rule, whether it is watched, and its links. */
public interface WatchRuleStore {

  /** A watched item's rule and the log position it was opened at. */
  record ActiveRule(WatchItemId id, WatchRule rule, long openedAt) {}

  void watch(WatchItemId id, WatchRule rule, long openedAt);

  void active(WatchItemId id, boolean active);

  /** Rules of items being watched (OPEN or EVIDENCE_SEEN). */
  List<ActiveRule> activeRules();

  void linked(WatchItemId id, DevelopmentId developmentId);

  void unlinked(WatchItemId id, DevelopmentId developmentId);

  /** Items the development is evidence for. */
  List<WatchItemId> linkedTo(DevelopmentId developmentId);

  /** The rule of an item, whatever its state (null: unknown item). */
  WatchRule rule(WatchItemId id);

  void clear();
}
