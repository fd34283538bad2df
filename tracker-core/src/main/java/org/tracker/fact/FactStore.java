package org.tracker.fact;

import java.time.Instant;
import org.tracker.development.api.DevelopmentId;
import org.tracker.fact.api.Fact;

/** Where the facts projection writes. Every write is replay-safe (keyed, idempotent). */
public interface FactStore {

  void put(Fact fact);

  /**
   * Marks the development's versions below {@code version} (with {@code inclusive}, up to it) as
   * superseded at {@code at}, unless already superseded.
   */
  void supersede(DevelopmentId id, int version, boolean inclusive, Instant at);

  void clear();
}
