package org.tracker.shared;

import java.time.LocalDate;

/**
 * How sure an "as of" answer is that a fact held on the asked day: {@code CERTAIN} when the fact's
 * date range ended on or before that day, {@code POSSIBLE} when the day lies inside it.
 */
public enum Certainty {
  CERTAIN,
  POSSIBLE;

  /** The certainty of a fact dated {@code date} on day {@code asOf}, or null if it lies after. */
  public static Certainty of(PartialDate date, LocalDate asOf) {
    if (!date.latest().isAfter(asOf)) {
      return CERTAIN;
    }
    return date.earliest().isAfter(asOf) ? null : POSSIBLE;
  }
}
