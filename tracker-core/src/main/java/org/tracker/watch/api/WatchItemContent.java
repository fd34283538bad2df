package org.tracker.watch.api;

import java.util.List;
import org.tracker.development.api.Citation;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/**
 * A validated watch item: the question to keep watching, its subjects (actor codes and ids of
 * agreements, projects, proposals), what would resolve it, the rule that finds developments bearing
 * on it, when to review it, and where the question comes from.
 */
public record WatchItemContent(
    LocalizedText question,
    List<String> subjects,
    LocalizedText resolvesWhen,
    WatchRule rule,
    PartialDate reviewBy,
    List<Citation> sources) {

  public WatchItemContent {
    subjects = List.copyOf(subjects);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
