package org.tracker.relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.AgreementRef;
import org.tracker.development.api.Ladder;
import org.tracker.directory.api.ActorKinds;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.organization.api.Membership;
import org.tracker.organization.api.Memberships;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.ListRelationships;
import org.tracker.relationship.api.RelationshipList;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.ActorCode;

/** Answers relationship queries from the facts, comparing levels on the ladder in use. */
public class RelationshipQueries {

  private final Facts facts;
  private final Supplier<Ladder> ladder;
  private final Representation representation;

  /** Queries on the default ladder. */
  public RelationshipQueries(Facts facts) {
    this(facts, Ladder::defaults);
  }

  /**
   * Queries that know no actor's kind: nobody is known to be a person who may hold a role, and a
   * list asking for some kinds of counterparts only lists none.
   *
   * @param ladder the ladder in use (default and registered rungs), asked once per query
   */
  public RelationshipQueries(Facts facts, Supplier<Ladder> ladder) {
    this(facts, ladder, actors -> Map.of());
  }

  /**
   * @param ladder the ladder in use (default and registered rungs), asked once per query
   * @param kinds the registered actors' kinds
   */
  public RelationshipQueries(Facts facts, Supplier<Ladder> ladder, ActorKinds kinds) {
    this.facts = facts;
    this.ladder = ladder;
    this.representation = new Representation(facts, kinds);
  }

  @QueryHandler
  public RelationshipView handle(FindRelationship query) {
    Dyad dyad = query.dyad();
    List<ActorCode> pair = List.of(dyad.first(), dyad.second());
    List<Fact> dyadFacts = representation.between(dyad, query.asOf(), query.knownAt());
    RelationshipView view =
        Relationships.fold(
            ladder.get(),
            dyad,
            dyadFacts,
            agreementFacts(dyadFacts, pair, query.asOf(), query.knownAt()),
            query.asOf(),
            query.knownAt());
    return SharedMemberships.added(
        view, dyad, Memberships.of(facts, pair, query.asOf(), query.knownAt()));
  }

  @QueryHandler
  public RelationshipList handle(ListRelationships query) {
    Representation.Counterparts counterparts =
        representation.of(query.actor(), query.asOf(), query.knownAt());
    List<Fact> actorFacts = counterparts.facts();
    Map<ActorCode, List<Fact>> byCounterpart =
        representation.ofKinds(counterparts.byCounterpart(), query.kinds());
    Map<String, List<Fact>> agreementFacts =
        agreementFacts(
            actorFacts,
            everyone(query.actor(), byCounterpart.keySet()),
            query.asOf(),
            query.knownAt());
    Map<ActorCode, Map<ActorCode, Membership>> memberships =
        Memberships.of(facts, List.of(query.actor()), query.asOf(), query.knownAt());
    List<RelationshipView> relationships = new ArrayList<>();
    Ladder inUse = ladder.get();
    byCounterpart.forEach(
        (other, dyadFacts) -> {
          Dyad dyad = Dyad.of(query.actor(), other);
          relationships.add(
              SharedMemberships.added(
                  Relationships.fold(
                      inUse, dyad, dyadFacts, agreementFacts, query.asOf(), query.knownAt()),
                  dyad,
                  memberships));
        });
    return new RelationshipList(query.actor(), query.asOf(), query.knownAt(), relationships);
  }

  private static List<ActorCode> everyone(ActorCode actor, Collection<ActorCode> others) {
    List<ActorCode> all = new ArrayList<>(others);
    all.add(actor);
    return all;
  }

  /** What the agreements the found facts name say about these parties, by agreement id. */
  private Map<String, List<Fact>> agreementFacts(
      Collection<Fact> found,
      Collection<ActorCode> parties,
      java.time.LocalDate asOf,
      java.time.Instant knownAt) {
    Set<String> agreements = new LinkedHashSet<>();
    for (Fact f : found) {
      if (f.content().terms() instanceof AgreementRef a) {
        agreements.add(a.agreementId());
      }
    }
    Map<String, List<Fact>> byAgreement = new java.util.HashMap<>();
    if (!agreements.isEmpty()) {
      for (Fact f : facts.agreementFacts(agreements, parties, asOf, knownAt)) {
        if (f.content().terms() instanceof AgreementRef a) {
          byAgreement.computeIfAbsent(a.agreementId(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    return byAgreement;
  }
}
