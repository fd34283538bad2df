package org.tracker.development.importing;

import java.time.Instant;

/**
 * How an import went, or is going: lines read, what was written (recorded, corrected, retracted),
 * what was already there (unchanged), and its phase.
 */
public record ImportReport(
    String id,
    Phase phase,
    long lines,
    long recorded,
    long corrected,
    long retracted,
    long unchanged,
    Instant startedAt,
    Instant finishedAt,
    String problem) {

  public enum Phase {
    VALIDATING,
    WRITING,
    DONE,
    REJECTED,
    FAILED
  }
}
