package org.tracker.development.api;

import java.time.Instant;

/**
 * One event of a development's stream as the history shows it: RECORDED (version 1), CORRECTED (a
 * new version) or RETRACTED; with that version's content (none for a retraction), the reason given,
 * and who recorded it when.
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

  /** The revision a stored event stands for, at {@code version} (the stream's version after it). */
  static DevelopmentRevision of(DevelopmentHistory.Entry entry, int version) {
    DevelopmentEvent event = entry.event();
    Kind kind;
    DevelopmentContent content = null;
    String reason = null;
    if (event instanceof DevelopmentRecorded r) {
      kind = Kind.RECORDED;
      content = r.content();
    } else if (event instanceof DevelopmentCorrected c) {
      kind = Kind.CORRECTED;
      content = c.content();
      reason = c.reason();
    } else {
      kind = Kind.RETRACTED;
      reason = ((DevelopmentRetracted) event).reason();
    }
    return new DevelopmentRevision(
        entry.sequence(), kind, version, content, reason, entry.recordedAt(), entry.recordedBy());
  }
}
