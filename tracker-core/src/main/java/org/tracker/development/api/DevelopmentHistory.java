package org.tracker.development.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A development as its stream in the log tells it: every revision, oldest first, and the state they
 * add up to — the content now known, its version, whether it is retracted — as the rule book folds
 * it.
 */
public record DevelopmentHistory(DevelopmentState state, List<DevelopmentRevision> revisions) {

  /** One stored event of the stream, with its place and who recorded it when. */
  public record Entry(
      long sequence, DevelopmentEvent event, Instant recordedAt, String recordedBy) {}

  public DevelopmentHistory {
    if (revisions.isEmpty() || !state.exists()) {
      throw new IllegalArgumentException("a development has at least its recording");
    }
    revisions = List.copyOf(revisions);
  }

  /**
   * The history of a stream's entries, oldest first, each folded by {@code evolve} (the rule
   * book's); null when there are none.
   */
  public static DevelopmentHistory of(
      List<Entry> entries,
      BiFunction<DevelopmentState, DevelopmentEvent, DevelopmentState> evolve) {
    if (entries.isEmpty()) {
      return null;
    }
    DevelopmentState state = DevelopmentState.NONE;
    List<DevelopmentRevision> revisions = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      state = evolve.apply(state, entry.event());
      revisions.add(DevelopmentRevision.of(entry, state.version()));
    }
    return new DevelopmentHistory(state, revisions);
  }

  public DevelopmentId id() {
    return state.id();
  }

  public DevelopmentRevision first() {
    return revisions.get(0);
  }

  /** The content of the latest version (a retraction keeps it, withdrawn). */
  public DevelopmentContent current() {
    return state.content();
  }

  public int version() {
    return state.version();
  }

  public boolean retracted() {
    return state.retracted();
  }
}
