package org.tracker.watch.api;

/** No watch item has this id. */
public class UnknownWatchItem extends RuntimeException {

  public UnknownWatchItem(String id) {
    super("no watch item '" + id + "'");
  }
}
