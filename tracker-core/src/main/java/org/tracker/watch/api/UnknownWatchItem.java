package org.tracker.watch.api;

import org.tracker.shared.Refusal;

/** No watch item has this id. */
public class UnknownWatchItem extends Refusal {

  public UnknownWatchItem(String id) {
    super(Category.NOT_FOUND, "no watch item '" + id + "'");
  }
}
