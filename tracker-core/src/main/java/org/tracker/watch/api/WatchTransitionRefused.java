package org.tracker.watch.api;

/** The item's state does not allow that step (answered 409, naming the current state). */
public class WatchTransitionRefused extends RuntimeException {

  private final WatchStatus current;

  public WatchTransitionRefused(WatchItemId id, WatchStatus current, String attempted) {
    super("watch item " + id + " is " + current + "; it cannot be " + attempted + " now");
    this.current = current;
  }

  public WatchStatus current() {
    return current;
  }
}
