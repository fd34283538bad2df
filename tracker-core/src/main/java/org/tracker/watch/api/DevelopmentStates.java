package org.tracker.watch.api;

import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.PartialDate;

/** What the watch items need to know of a development from its own stream. */
public interface DevelopmentStates {

  /** Whether the development exists. */
  boolean exists(DevelopmentId id);

  /** Whether the development is retracted (as of now). */
  boolean isRetracted(DevelopmentId id);

  /** The development's date as now known; null when it has none (a registration) or is unknown. */
  PartialDate date(DevelopmentId id);

  /** The development's content as now known; null when it is unknown or retracted. */
  DevelopmentContent current(DevelopmentId id);
}
