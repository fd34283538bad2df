package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/**
 * Every relationship of one actor as of a day, as known at a moment (null: now), with the
 * counterparts of these kinds.
 */
public record ListRelationships(
    ActorCode actor, LocalDate asOf, Instant knownAt, Set<ActorKind> kinds) {

  public ListRelationships {
    kinds = Set.copyOf(kinds);
  }

  /** Every relationship of the actor, whatever the counterpart's kind. */
  public ListRelationships(ActorCode actor, LocalDate asOf, Instant knownAt) {
    this(actor, asOf, knownAt, EnumSet.allOf(ActorKind.class));
  }
}
