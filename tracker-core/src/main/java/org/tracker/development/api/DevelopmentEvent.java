package org.tracker.development.api;

/** The whole vocabulary of a development's stream: recorded once, then corrected or retracted. */
public sealed interface DevelopmentEvent
    permits DevelopmentRecorded, DevelopmentCorrected, DevelopmentRetracted {
  DevelopmentId developmentId();
}
