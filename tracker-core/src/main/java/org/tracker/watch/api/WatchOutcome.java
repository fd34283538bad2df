package org.tracker.watch.api;

/** How a resolved watch item ended. */
public enum WatchOutcome {
  HAPPENED,
  DID_NOT_HAPPEN,
  OVERTAKEN
}
