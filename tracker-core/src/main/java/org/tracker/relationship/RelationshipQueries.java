package org.tracker.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.agreement.api.AgreementView;
import org.tracker.agreement.api.AgreementView.Party;
import org.tracker.development.api.AgreementRef;
import org.tracker.development.api.Ladder;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.ListRelationships;
import org.tracker.relationship.api.RelationshipList;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.ActorCode;

/**
 * Answers relationship queries from the facts, comparing levels on the ladder in use. The
 * agreements between two actors are found by actor, not by dyad: every agreement each of them had a
 * development about, whichever development made each a party.
 */
public class RelationshipQueries {

  private final Facts facts;
  private final Supplier<Ladder> ladder;

  /** Queries on the default ladder. */
  public RelationshipQueries(Facts facts) {
    this(facts, Ladder::defaults);
  }

  /**
   * @param ladder the ladder in use (default and registered rungs), asked once per query
   */
  public RelationshipQueries(Facts facts, Supplier<Ladder> ladder) {
    this.facts = facts;
    this.ladder = ladder;
  }

  @QueryHandler
  public RelationshipView handle(FindRelationship query) {
    Dyad dyad = query.dyad();
    List<Fact> dyadFacts =
        facts.between(dyad.first(), dyad.second(), query.asOf(), query.knownAt());
    Set<String> shared =
        facts.agreementsOfBoth(dyad.first(), dyad.second(), query.asOf(), query.knownAt());
    Map<String, List<Fact>> agreementFacts =
        shared.isEmpty()
            ? Map.of()
            : byAgreement(
                facts.agreementFacts(
                    shared, List.of(dyad.first(), dyad.second()), query.asOf(), query.knownAt()));
    return Relationships.fold(
        ladder.get(), dyad, dyadFacts, agreementFacts, query.asOf(), query.knownAt());
  }

  /**
   * One relationship per counterpart: every actor the actor had a development with, and every actor
   * sharing with it an agreement in force or pending on the day.
   */
  @QueryHandler
  public RelationshipList handle(ListRelationships query) {
    ActorCode actor = query.actor();
    List<Fact> actorFacts = facts.withActor(actor, query.asOf(), query.knownAt());
    Map<ActorCode, List<Fact>> byCounterpart = new TreeMap<>();
    Set<String> agreementIds = new LinkedHashSet<>();
    for (Fact f : actorFacts) {
      if (f.type().isRegistration() || f.certaintyOn(query.asOf()) == null) {
        continue;
      }
      if (f.content().terms() instanceof AgreementRef a) {
        agreementIds.add(a.agreementId());
      }
      for (ActorCode other : f.actors()) {
        if (!other.equals(actor)) {
          byCounterpart.computeIfAbsent(other, k -> new ArrayList<>()).add(f);
        }
      }
    }
    Map<ActorCode, List<AgreementView>> agreementsWith =
        agreementsWith(actor, agreementIds, query.asOf(), query.knownAt());
    agreementsWith.keySet().forEach(other -> byCounterpart.computeIfAbsent(other, k -> List.of()));
    List<RelationshipView> relationships = new ArrayList<>();
    Ladder inUse = ladder.get();
    byCounterpart.forEach(
        (other, dyadFacts) ->
            relationships.add(
                Relationships.fold(
                    inUse,
                    Dyad.of(actor, other),
                    dyadFacts,
                    agreementsWith.getOrDefault(other, List.of()),
                    query.asOf(),
                    query.knownAt())));
    return new RelationshipList(actor, query.asOf(), query.knownAt(), relationships);
  }

  /**
   * The actor's agreements as of the day, each folded once from all its facts, by every other actor
   * the agreement binds to it or would bind once in force (in force or pending between the two).
   */
  private Map<ActorCode, List<AgreementView>> agreementsWith(
      ActorCode actor, Collection<String> agreementIds, LocalDate asOf, Instant knownAt) {
    Map<ActorCode, List<AgreementView>> with = new HashMap<>();
    if (agreementIds.isEmpty()) {
      return with;
    }
    for (AgreementView agreement :
        DyadAgreements.fold(byAgreement(facts.about(agreementIds, asOf, knownAt)), asOf)) {
      for (Party party : agreement.parties()) {
        ActorCode other = party.actor();
        if (!other.equals(actor)
            && (agreement.inForceBetween(actor, other) || agreement.pendingBetween(actor, other))) {
          with.computeIfAbsent(other, k -> new ArrayList<>()).add(agreement);
        }
      }
    }
    return with;
  }

  private static Map<String, List<Fact>> byAgreement(List<Fact> found) {
    Map<String, List<Fact>> byAgreement = new HashMap<>();
    for (Fact f : found) {
      if (f.content().terms() instanceof AgreementRef a) {
        byAgreement.computeIfAbsent(a.agreementId(), k -> new ArrayList<>()).add(f);
      }
    }
    return byAgreement;
  }
}
