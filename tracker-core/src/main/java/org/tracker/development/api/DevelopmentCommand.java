package org.tracker.development.api;

/** Everything that can be asked of a development's stream: record it, correct it, retract it. */
public sealed interface DevelopmentCommand
    permits RecordDevelopment, CorrectDevelopment, RetractDevelopment {
  DevelopmentId developmentId();
}
