package org.tracker.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tracker.development.api.DevelopmentType;
import org.tracker.directory.api.ActorKinds;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.relationship.api.Dyad;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/**
 * Gathers the facts a relationship folds, with {@link StandsFor} applied: besides the facts naming
 * the actors themselves, the visits, meetings and statements of the people standing for them on
 * those days. A fact in which one actor of a pair stood for the other is that actor's own act, not
 * one between the two.
 */
final class Representation {

  /** An actor's facts, and those of them that concern each counterpart. */
  record Counterparts(List<Fact> facts, Map<ActorCode, List<Fact>> byCounterpart) {}

  private final Facts facts;
  private final ActorKinds kinds;

  Representation(Facts facts, ActorKinds kinds) {
    this.facts = facts;
    this.kinds = kinds;
  }

  /** The facts of the dyad: naming both, directly or through the people standing for them. */
  List<Fact> between(Dyad dyad, LocalDate asOf, Instant knownAt) {
    ActorCode first = dyad.first();
    ActorCode second = dyad.second();
    List<Fact> direct = facts.between(first, second, asOf, knownAt);
    StandsFor roles =
        StandsFor.of(
            facts.about(
                List.of(first.code(), second.code()), DevelopmentType.role(), asOf, knownAt),
            asOf);
    Set<ActorCode> people = roles.representatives();
    if (people.isEmpty()) {
      return direct;
    }
    Map<String, Fact> all = new LinkedHashMap<>();
    for (Fact f : direct) {
      all.put(key(f), f);
    }
    for (Fact f : facts.withAnyOf(people, asOf, knownAt)) {
      all.putIfAbsent(key(f), f);
    }
    List<Fact> between = new ArrayList<>();
    for (Fact f : all.values()) {
      Fact resolved = roles.resolve(f);
      if (resolved.actors().contains(first)
          && resolved.actors().contains(second)
          && !roles.standsFor(first, second, f.date())
          && !roles.standsFor(second, first, f.date())) {
        between.add(resolved);
      }
    }
    return between;
  }

  /**
   * The actor's facts — naming it, directly or through the people standing for it — each read with
   * the roles of the people it names, and those that had happened (at least possibly) by the day
   * grouped by counterpart: every other actor they name, but one of the pair standing for the other
   * in them.
   */
  Counterparts of(ActorCode actor, LocalDate asOf, Instant knownAt) {
    List<Fact> roleFacts =
        new ArrayList<>(facts.about(List.of(actor.code()), DevelopmentType.role(), asOf, knownAt));
    Set<ActorCode> representatives = StandsFor.of(roleFacts, asOf).representatives();
    Map<String, Fact> all = new LinkedHashMap<>();
    for (Fact f : facts.withActor(actor, asOf, knownAt)) {
      all.put(key(f), f);
    }
    if (!representatives.isEmpty()) {
      for (Fact f : facts.withAnyOf(representatives, asOf, knownAt)) {
        all.putIfAbsent(key(f), f);
      }
    }
    Set<ActorCode> people = people(named(all.values()));
    if (!people.isEmpty()) {
      roleFacts.addAll(facts.ofTypesNaming(DevelopmentType.role(), people, asOf, knownAt));
    }
    StandsFor roles = StandsFor.of(roleFacts, asOf);
    List<Fact> resolved = new ArrayList<>();
    Map<ActorCode, List<Fact>> byCounterpart = new TreeMap<>();
    for (Fact f : all.values()) {
      Fact r = roles.resolve(f);
      if (!r.actors().contains(actor)) {
        continue; // a representative's fact of a day the role did not hold
      }
      resolved.add(r);
      if (r.type().isRegistration() || r.certaintyOn(asOf) == null) {
        continue;
      }
      for (ActorCode other : r.actors()) {
        if (!other.equals(actor)
            && !roles.standsFor(other, actor, r.date())
            && !roles.standsFor(actor, other, r.date())) {
          byCounterpart.computeIfAbsent(other, k -> new ArrayList<>()).add(r);
        }
      }
    }
    return new Counterparts(resolved, byCounterpart);
  }

  /** Those of the counterparts whose kind is one of {@code wanted}. */
  Map<ActorCode, List<Fact>> ofKinds(
      Map<ActorCode, List<Fact>> byCounterpart, Set<ActorKind> wanted) {
    if (wanted.containsAll(Set.of(ActorKind.values())) || byCounterpart.isEmpty()) {
      return byCounterpart;
    }
    Map<ActorCode, ActorKind> known = kinds.of(byCounterpart.keySet());
    Map<ActorCode, List<Fact>> kept = new TreeMap<>();
    byCounterpart.forEach(
        (other, dyadFacts) -> {
          if (wanted.contains(known.get(other))) {
            kept.put(other, dyadFacts);
          }
        });
    return kept;
  }

  private Set<ActorCode> people(Set<ActorCode> actors) {
    Set<ActorCode> people = new TreeSet<>();
    kinds
        .of(actors)
        .forEach(
            (actor, kind) -> {
              if (kind == ActorKind.PERSON) {
                people.add(actor);
              }
            });
    return people;
  }

  private static Set<ActorCode> named(Collection<Fact> facts) {
    Set<ActorCode> named = new TreeSet<>();
    for (Fact f : facts) {
      named.addAll(f.actors());
    }
    return named;
  }

  private static String key(Fact f) {
    return f.id() + "/" + f.version();
  }
}
