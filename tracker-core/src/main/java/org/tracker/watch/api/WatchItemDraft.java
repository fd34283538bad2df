package org.tracker.watch.api;

import java.util.List;
import java.util.Map;
import org.tracker.development.api.Citation;
import org.tracker.shared.LocalizedText;

/**
 * A watch item as a client sends it ({@code POST /api/watch-items}, or an import line keyed by
 * {@code watchItem}): raw, unvalidated, with the day it is opened if the analyst gives one ({@code
 * on}). The same id with the same content opens it once.
 */
public record WatchItemDraft(
    String id,
    LocalizedText question,
    List<String> subjects,
    LocalizedText resolvesWhen,
    RuleDraft rule,
    String reviewBy,
    List<Citation> sources,
    String on) {

  /** The rule as sent. */
  public record RuleDraft(
      List<String> types,
      List<String> actors,
      List<String> subjects,
      Map<String, Object> attributes) {}
}
