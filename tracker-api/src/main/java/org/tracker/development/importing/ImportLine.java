package org.tracker.development.importing;

import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.RetractionDraft;
import org.tracker.watch.api.WatchItemDraft;

/**
 * One line of the NDJSON log format as read — what the export writes and the import takes (see
 * {@link LogFormat}): a development, a correction of one, a retraction of one, or a watch item.
 * Drafts are raw: the rule books judge them.
 */
public sealed interface ImportLine {

  /** The line's number in its file, from 1. */
  long number();

  /** {@code {"id"?, "type", "date", "actors", "attributes", "summary", "sources"}}. */
  record Recording(long number, DevelopmentDraft draft) implements ImportLine {}

  /** {@code {"correctionOf", "version", "reason", …the complete new content}}. */
  record Correction(long number, String correctionOf, CorrectionDraft draft)
      implements ImportLine {}

  /** {@code {"retractionOf", "reason"}}. */
  record Retraction(long number, String retractionOf, RetractionDraft draft)
      implements ImportLine {}

  /** {@code {"watchItem", "question", "subjects", "resolvesWhen", "rule", "reviewBy", …}}. */
  record WatchItemOpening(long number, WatchItemDraft draft) implements ImportLine {}
}
