package org.tracker.fact.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;

/**
 * Reads the facts as known at a moment ({@code knownAt}; null for now): a fact is known from its
 * recording until a correction or retraction supersedes it.
 */
public interface Facts {

  /** Facts naming every one of the given actors. */
  List<Fact> withActors(Collection<ActorCode> actors, Instant knownAt);

  /** Facts about these subjects (agreement, project, proposal, organisation, document ids). */
  List<Fact> about(Collection<String> subjects, Instant knownAt);

  /** Project definitions whose parent is one of these projects. */
  List<Fact> childrenOf(String parent, Instant knownAt);

  /** Facts of these types. */
  List<Fact> ofTypes(Set<DevelopmentType> types, Instant knownAt);

  /**
   * How many developments naming the actor had happened (at least possibly) by {@code asOf}, by
   * type, as known at {@code knownAt}.
   */
  java.util.Map<String, Long> countByType(
      ActorCode actor, java.time.LocalDate asOf, Instant knownAt);

  /** A page of the timeline. */
  TimelinePage timeline(TimelineQuery query);
}
