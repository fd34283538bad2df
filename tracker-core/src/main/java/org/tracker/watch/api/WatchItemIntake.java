package org.tracker.watch.api;

import java.util.List;
import org.tracker.development.api.References;

/** How other features (the import) check watch item drafts and find items already opened. */
public interface WatchItemIntake {

  /**
   * The command that opens the drafted item, references resolved against {@code references}.
   *
   * @throws InvalidWatchItem naming every bad field
   */
  OpenWatchItem check(WatchItemDraft draft, References references);

  /** Where the item's stream stands ({@link WatchState#NONE} when it does not exist). */
  WatchState state(WatchItemId id);

  /**
   * What the watch item rule book decides for {@code command} on a stream in {@code state} (empty:
   * it changes nothing).
   */
  List<WatchItemEvent> decide(WatchState state, WatchItemCommand command);

  /** The state after {@code event}, as the rule book folds it. */
  WatchState evolve(WatchState state, WatchItemEvent event);
}
