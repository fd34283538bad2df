package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** One watch item with its evidence and its full history, read from its own stream. */
public record WatchItemDetail(
    @JsonUnwrapped WatchItemView item, List<Evidence> evidence, List<Change> history) {

  /** A development linked as evidence; withdrawn ones stay listed, with when and why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Evidence(
      String developmentId,
      boolean byRule,
      String note,
      Instant linkedAt,
      String linkedBy,
      Instant withdrawnAt,
      String withdrawnBecause) {}

  /** One event of the item: what, when, by whom, why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(
      long sequence,
      String change,
      WatchStatus status,
      Instant at,
      String by,
      String reason,
      String developmentId,
      WatchOutcome outcome) {}
}
