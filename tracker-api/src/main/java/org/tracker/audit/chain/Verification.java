package org.tracker.audit.chain;

/**
 * What recomputing the chain found. When it holds: the head (last seal), how many seals were
 * checked, and the unsealed tail. When it breaks: the first position where it breaks and how, and
 * the last position that still held.
 *
 * @param holds whether every seal matches the log up to the head
 * @param count how many seals held (all of them when it holds; those before the break otherwise)
 * @param head the last seal that held (position 0 and 32 zeros' hash when none did)
 * @param unsealed events after the head not sealed yet (null when it breaks)
 * @param breaksAt where and how it breaks (null when it holds)
 */
public record Verification(
    boolean holds, long count, Head head, Unsealed unsealed, Break breaksAt) {

  /** A position and its seal's hash (hex). */
  public record Head(long position, String hash) {}

  /**
   * Events appended after the head and not sealed yet.
   *
   * @param count how many
   * @param oldestPosition the first of them (null when none)
   * @param oldestAgeSeconds how long ago it was recorded (null when none)
   */
  public record Unsealed(long count, Long oldestPosition, Double oldestAgeSeconds) {}

  /**
   * Where the chain breaks.
   *
   * @param position the first position where the log and the seals disagree
   * @param kind how
   * @param detail a sentence for a person
   * @param sealedAt for {@link Kind#ORDER_CHANGED}: the position the event found here was sealed at
   *     (null otherwise)
   */
  public record Break(long position, Kind kind, String detail, Long sealedAt) {}

  /** How the chain breaks. */
  public enum Kind {
    /** The event at this position is not what was sealed there (payload, metadata, … changed). */
    PAYLOAD_CHANGED,
    /** An event that was sealed is gone: its row, or its row and its seal. */
    ROW_MISSING,
    /** The event at this position was sealed at another position: the log was reordered. */
    ORDER_CHANGED,
    /** An event sits among sealed ones without a seal: added after its neighbours were sealed. */
    ROW_ADDED,
    /** The event matches, but its seal's hash does not follow from it: the seals were changed. */
    SEAL_CHANGED
  }

  static Verification holding(long count, Head head, Unsealed unsealed) {
    return new Verification(true, count, head, unsealed, null);
  }

  static Verification broken(long count, Head head, Break breaksAt) {
    return new Verification(false, count, head, null, breaksAt);
  }
}
