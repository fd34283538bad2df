package org.tracker.watch;

import org.tracker.watch.api.WatchStatus;

/** How a watch item's status follows from its events; the aggregate and the views agree on it. */
public final class WatchStatuses {

  private WatchStatuses() {}

  public static WatchStatus afterLinking(WatchStatus status) {
    return status == WatchStatus.OPEN ? WatchStatus.EVIDENCE_SEEN : status;
  }

  public static WatchStatus afterWithdrawing(WatchStatus status, int evidenceLeft) {
    return status == WatchStatus.EVIDENCE_SEEN && evidenceLeft == 0 ? WatchStatus.OPEN : status;
  }

  public static WatchStatus reopened(int evidence) {
    return evidence > 0 ? WatchStatus.EVIDENCE_SEEN : WatchStatus.OPEN;
  }
}
