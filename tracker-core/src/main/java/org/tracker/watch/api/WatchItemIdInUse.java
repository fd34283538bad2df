package org.tracker.watch.api;

/** A watch item with this id exists with other content. */
public class WatchItemIdInUse extends RuntimeException {

  public WatchItemIdInUse(WatchItemId id) {
    super(
        "watch item "
            + id
            + " already exists with other content; choose another id (changing an item's"
            + " question is not supported)");
  }
}
