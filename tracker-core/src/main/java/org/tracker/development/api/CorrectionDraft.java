package org.tracker.development.api;

import java.util.List;
import java.util.Map;
import org.tracker.shared.LocalizedText;

/**
 * A correction as a client sends it: the development's complete new content, why it changes, and
 * optionally the version it creates (for idempotent replays and to detect concurrent edits).
 */
public record CorrectionDraft(
    String reason,
    Integer version,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources) {

  /** The new content as a development draft, for validation. */
  public DevelopmentDraft content(String id) {
    return new DevelopmentDraft(id, type, date, actors, attributes, summary, sources);
  }
}
