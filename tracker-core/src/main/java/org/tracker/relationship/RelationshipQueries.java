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
import org.tracker.directory.api.ActorKinds;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Claims.Judged;
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

/**
 * Answers relationship queries from the facts, comparing levels on the ladder in use. The
 * agreements between two actors are found by actor, not by dyad: every agreement each of them had a
 * development about, whichever development made each a party.
 */
public class RelationshipQueries {

  private final Facts facts;
  private final Supplier<Ladder> ladder;
  private final Representation representation;
  private final Claims.Evidence evidence;

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
    this(facts, ladder, kinds, Claims.Evidence.of(facts, documents -> Map.of()));
  }

  /**
   * @param ladder the ladder in use (default and registered rungs), asked once per query
   * @param kinds the registered actors' kinds
   * @param evidence what competing claims about a dyad are judged by
   */
  public RelationshipQueries(
      Facts facts, Supplier<Ladder> ladder, ActorKinds kinds, Claims.Evidence evidence) {
    this.facts = facts;
    this.ladder = ladder;
    this.representation = new Representation(facts, kinds);
    this.evidence = evidence;
  }

  @QueryHandler
  public RelationshipView handle(FindRelationship query) {
    Dyad dyad = query.dyad();
    List<ActorCode> pair = List.of(dyad.first(), dyad.second());
    Judged judged =
        Claims.judge(
            representation.between(dyad, query.asOf(), query.knownAt()), evidence, query.knownAt());
    List<Fact> dyadFacts = judged.standing();
    Set<String> shared =
        facts.agreementsOfBoth(dyad.first(), dyad.second(), query.asOf(), query.knownAt());
    Map<String, List<Fact>> agreementFacts =
        shared.isEmpty()
            ? Map.of()
            : standing(
                byAgreement(facts.agreementFacts(shared, pair, query.asOf(), query.knownAt())),
                query.knownAt());
    RelationshipView view =
        Relationships.fold(
            ladder.get(), dyad, dyadFacts, agreementFacts, query.asOf(), query.knownAt());
    return SharedMemberships.added(
            view, dyad, Memberships.of(facts, evidence, pair, query.asOf(), query.knownAt()))
        .withDisputed(judged);
  }

  /**
   * One relationship per counterpart: every actor the actor had a development with, and every actor
   * sharing with it an agreement in force or pending on the day.
   */
  @QueryHandler
  public RelationshipList handle(ListRelationships query) {
    ActorCode actor = query.actor();
    Representation.Counterparts counterparts =
        representation.of(actor, query.asOf(), query.knownAt());
    Map<ActorCode, List<Fact>> byCounterpart = new TreeMap<>(counterparts.byCounterpart());
    Set<String> agreementIds = new LinkedHashSet<>();
    for (Fact f : counterparts.facts()) {
      if (!f.type().isRegistration()
          && f.certaintyOn(query.asOf()) != null
          && f.content().terms() instanceof AgreementRef a) {
        agreementIds.add(a.agreementId());
      }
    }
    Map<ActorCode, List<AgreementView>> agreementsWith =
        agreementsWith(actor, agreementIds, query.asOf(), query.knownAt());
    agreementsWith.keySet().forEach(other -> byCounterpart.computeIfAbsent(other, k -> List.of()));
    Map<ActorCode, Map<ActorCode, Membership>> memberships =
        Memberships.of(facts, evidence, List.of(actor), query.asOf(), query.knownAt());
    List<RelationshipView> relationships = new ArrayList<>();
    Ladder inUse = ladder.get();
    representation
        .ofKinds(byCounterpart, query.kinds())
        .forEach(
            (other, dyadFacts) -> {
              Dyad dyad = Dyad.of(actor, other);
              Judged judged = Claims.judge(dyadFacts, evidence, query.knownAt());
              relationships.add(
                  SharedMemberships.added(
                          Relationships.fold(
                              inUse,
                              dyad,
                              judged.standing(),
                              agreementsWith.getOrDefault(other, List.of()),
                              query.asOf(),
                              query.knownAt()),
                          dyad,
                          memberships)
                      .withDisputed(judged));
            });
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
        DyadAgreements.fold(
            standing(byAgreement(facts.about(agreementIds, asOf, knownAt)), knownAt), asOf)) {
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

  /**
   * Each agreement's facts with its competing claims judged: the ones standing (the agreement's own
   * answer lists the disputed ones).
   */
  private Map<String, List<Fact>> standing(Map<String, List<Fact>> byAgreement, Instant knownAt) {
    Map<String, List<Fact>> standing = new HashMap<>();
    byAgreement.forEach(
        (id, facts) -> standing.put(id, Claims.judge(facts, evidence, knownAt).standing()));
    return standing;
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
