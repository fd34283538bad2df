package org.tracker.fact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;

/**
 * Reads the facts as known at a moment ({@code knownAt}; null for now): a fact is known from its
 * recording until a correction or retraction supersedes it.
 */
public interface Facts {

  /** Facts naming the actor, that had happened (at least possibly) by {@code asOf}. */
  List<Fact> withActor(ActorCode actor, LocalDate asOf, Instant knownAt);

  /** Facts naming both actors, that had happened (at least possibly) by {@code asOf}. */
  List<Fact> between(ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt);

  /**
   * Facts about these subjects (agreement, project, proposal, organisation, document ids), that had
   * happened by {@code asOf} (null: whenever).
   */
  List<Fact> about(Collection<String> subjects, LocalDate asOf, Instant knownAt);

  /**
   * Facts of these types about these subjects, that had happened (at least possibly) by {@code
   * asOf} (null: whenever).
   */
  List<Fact> about(
      Collection<String> subjects, Set<DevelopmentType> types, LocalDate asOf, Instant knownAt);

  /**
   * Facts naming any of these actors, that had happened (at least possibly) by {@code asOf}; each
   * once. For a few actors with few facts each (the people standing for a state).
   */
  List<Fact> withAnyOf(Collection<ActorCode> actors, LocalDate asOf, Instant knownAt);

  /**
   * Facts of these types naming any of these actors, that had happened (at least possibly) by
   * {@code asOf}. For types with few facts in all (memberships, roles), however many facts the
   * actors have.
   */
  List<Fact> ofTypesNaming(
      Set<DevelopmentType> types, Collection<ActorCode> actors, LocalDate asOf, Instant knownAt);

  /**
   * What decides whether these agreements bound these parties by {@code asOf}: the facts about them
   * that name one of the parties, or that concern every party ({@link
   * DevelopmentType#agreementWide()}).
   */
  List<Fact> agreementFacts(
      Collection<String> agreements,
      Collection<ActorCode> parties,
      LocalDate asOf,
      Instant knownAt);

  /**
   * The agreements both actors had a development about (signed, ratified, joined, in force for
   * them, withdrew …) that had happened, at least possibly, by {@code asOf}: their ids.
   */
  Set<String> agreementsOfBoth(ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt);

  /** Project definitions whose parent is one of these projects. */
  List<Fact> childrenOf(String parent, Instant knownAt);

  /** Facts of these types. */
  List<Fact> ofTypes(Set<DevelopmentType> types, Instant knownAt);

  /**
   * How many developments naming the actor had happened (at least possibly) by {@code asOf}, by
   * type, as known at {@code knownAt}.
   */
  Map<String, Long> countByType(ActorCode actor, LocalDate asOf, Instant knownAt);

  /** A page of the timeline. */
  TimelinePage timeline(TimelineQuery query);
}
