package org.tracker.development.api;

import java.util.Optional;

/**
 * Developments as their streams in the log tell them, folded by the rule book: the authority on
 * what each development is now (never behind, unlike a projection).
 */
public interface DevelopmentHistories {

  /** The development's history; empty when no development has this id. */
  Optional<DevelopmentHistory> load(DevelopmentId id);
}
