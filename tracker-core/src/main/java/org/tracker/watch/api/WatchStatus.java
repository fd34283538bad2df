package org.tracker.watch.api;

/** Where a watch item stands. */
public enum WatchStatus {
  /** Nothing bearing on it has been recorded yet. */
  OPEN,
  /** A development matching its rule was recorded; an analyst should decide. */
  EVIDENCE_SEEN,
  /** An analyst decided how it ended. */
  RESOLVED,
  /** No longer worth watching. */
  DROPPED
}
