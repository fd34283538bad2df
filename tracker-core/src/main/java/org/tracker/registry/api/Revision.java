package org.tracker.registry.api;

import org.tracker.development.api.DevelopmentContent;

/**
 * One event of a development's stream, as the registry projection hands it to its store: RECORDED
 * (version 1), CORRECTED (a new version) or RETRACTED; with the content of that version (none for a
 * retraction), the reason given, and who recorded it when.
 */
public record Revision(
    long sequence,
    Kind kind,
    int version,
    DevelopmentContent content,
    String reason,
    Recording recording) {

  public enum Kind {
    RECORDED,
    CORRECTED,
    RETRACTED
  }
}
