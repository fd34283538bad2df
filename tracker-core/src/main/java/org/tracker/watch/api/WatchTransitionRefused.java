package org.tracker.watch.api;

import java.util.List;
import java.util.Map;
import org.tracker.shared.Refusal;

/** The item's state does not allow that step (a broken rule, naming the current state). */
public class WatchTransitionRefused extends Refusal {

  private final WatchStatus current;

  public WatchTransitionRefused(WatchItemId id, WatchStatus current, String attempted) {
    super(
        Category.RULE_VIOLATED,
        "watch item " + id + " is " + current + "; it cannot be " + attempted + " now",
        List.of(),
        Map.of("currentStatus", current),
        null);
    this.current = current;
  }

  public WatchStatus current() {
    return current;
  }
}
