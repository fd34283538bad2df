package org.tracker.development.api;

import java.util.List;
import java.util.Map;
import org.tracker.shared.LocalizedText;

/**
 * A development as a client sends it (the body of {@code POST /api/developments} and one line of an
 * import): raw, unvalidated text. {@code id} is optional; the same id twice records once.
 */
public record DevelopmentDraft(
    String id,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources) {

  /** The same draft with another id (null: without one). */
  public DevelopmentDraft content(String newId) {
    return new DevelopmentDraft(newId, type, date, actors, attributes, summary, sources);
  }
}
