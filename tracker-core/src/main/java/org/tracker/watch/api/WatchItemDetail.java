package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One watch item on day {@code asOf} as known at {@code knownAt} (null: now), read from its own
 * stream: the evidence and the steps that count then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchItemDetail(
    @JsonUnwrapped WatchItemView item,
    LocalDate asOf,
    Instant knownAt,
    List<Evidence> evidence,
    List<Change> history) {

  /**
   * A development linked as evidence, seen as of {@code on}; withdrawn ones stay listed, with when
   * and why.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Evidence(
      String developmentId,
      boolean byRule,
      String note,
      String on,
      Instant linkedAt,
      String linkedBy,
      Instant withdrawnAt,
      String withdrawnBecause) {}

  /**
   * One event of the item: what, the day it is dated (none for a withdrawal), when it was recorded,
   * by whom, why, the review date it set (a change of the review date); and the status it left the
   * item in, in the order steps were recorded.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(
      long sequence,
      String change,
      WatchStatus status,
      String on,
      Instant at,
      String by,
      String reason,
      String developmentId,
      WatchOutcome outcome,
      String reviewBy) {}
}
