package org.tracker.watch.api;

import java.util.Optional;
import org.tracker.development.api.References;

/** How other features (the import) check watch item drafts and find items already opened. */
public interface WatchItemIntake {

  /**
   * The command that opens the drafted item, references resolved against {@code references}.
   *
   * @throws InvalidWatchItem naming every bad field
   */
  OpenWatchItem check(WatchItemDraft draft, References references);

  /** The content an item was opened with, if it exists. */
  Optional<WatchItemContent> opened(WatchItemId id);
}
