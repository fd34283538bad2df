package org.tracker.development.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One event of a development's stream: RECORDED (version 1), CORRECTED (a new version) or
 * RETRACTED; with that version's content (none for a retraction), the reason given, and who
 * recorded it when.
 */
public record DevelopmentRevision(
    long sequence,
    Kind kind,
    int version,
    DevelopmentContent content,
    String reason,
    Instant recordedAt,
    String recordedBy) {

  public enum Kind {
    RECORDED,
    CORRECTED,
    RETRACTED
  }

  /** The revision a stored event stands for, or empty for an event of another kind. */
  public static Optional<DevelopmentRevision> of(
      long sequence, Object payload, Instant recordedAt, String recordedBy) {
    if (payload instanceof DevelopmentRecorded r) {
      return Optional.of(
          new DevelopmentRevision(
              sequence, Kind.RECORDED, 1, r.content(), null, recordedAt, recordedBy));
    }
    if (payload instanceof DevelopmentCorrected c) {
      return Optional.of(
          new DevelopmentRevision(
              sequence,
              Kind.CORRECTED,
              c.version(),
              c.content(),
              c.reason(),
              recordedAt,
              recordedBy));
    }
    if (payload instanceof DevelopmentRetracted x) {
      return Optional.of(
          new DevelopmentRevision(
              sequence,
              Kind.RETRACTED,
              x.retractedVersion(),
              null,
              x.reason(),
              recordedAt,
              recordedBy));
    }
    return Optional.empty();
  }
}
