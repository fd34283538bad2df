package org.tracker.watch.api;

import org.tracker.shared.Refusal;

/** A watch item with this id exists with other content (a conflict). */
public class WatchItemIdInUse extends Refusal {

  public WatchItemIdInUse(WatchItemId id) {
    super(
        Category.CONFLICT,
        "watch item "
            + id
            + " already exists with other content; choose another id (changing an item's"
            + " question is not supported)");
  }
}
