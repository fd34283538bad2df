package org.tracker.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.agreement.api.AgreementView;
import org.tracker.agreement.api.Agreements;
import org.tracker.fact.api.Fact;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.RelationshipView.AgreementInForce;
import org.tracker.relationship.api.RelationshipView.AgreementParty;
import org.tracker.relationship.api.RelationshipView.AgreementPending;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * The agreements between two actors on a day, whatever development made each of them a party: those
 * in force between them and those pending, each with both parties' own status and obligations, by
 * agreement id, and the developments they rest on.
 */
record DyadAgreements(
    List<AgreementInForce> inForce, List<AgreementPending> pending, Set<String> basis) {

  /** Folds each agreement in {@code agreementFacts} (its facts, by id) as of the day. */
  static List<AgreementView> fold(Map<String, List<Fact>> agreementFacts, LocalDate asOf) {
    List<AgreementView> agreements = new ArrayList<>();
    agreementFacts.forEach(
        (id, facts) -> Agreements.fold(id, facts, asOf).ifPresent(agreements::add));
    return agreements;
  }

  /** What the agreements (each as of the same day) say between the two. */
  static DyadAgreements between(Dyad dyad, Collection<AgreementView> agreements) {
    List<AgreementInForce> inForce = new ArrayList<>();
    List<AgreementPending> pending = new ArrayList<>();
    Set<String> basis = new LinkedHashSet<>();
    ActorCode a = dyad.first();
    ActorCode b = dyad.second();
    List<AgreementView> byId =
        agreements.stream().sorted(Comparator.comparing(AgreementView::id)).toList();
    for (AgreementView agreement : byId) {
      if (agreement.inForceBetween(a, b)) {
        inForce.add(
            new AgreementInForce(
                agreement.id(),
                agreement.title(),
                agreement.obligations(),
                agreement.since(),
                weakest(agreement, dyad),
                parties(agreement, dyad)));
      } else if (agreement.pendingBetween(a, b)) {
        pending.add(
            new AgreementPending(
                agreement.id(),
                agreement.title(),
                agreement.state(),
                agreement.since(),
                weakest(agreement, dyad),
                agreement.obligations(),
                parties(agreement, dyad)));
      } else {
        continue;
      }
      basis.addAll(agreement.basis());
    }
    return new DyadAgreements(List.copyOf(inForce), List.copyOf(pending), basis);
  }

  private static List<AgreementParty> parties(AgreementView agreement, Dyad dyad) {
    return List.of(dyad.first(), dyad.second()).stream()
        .map(actor -> agreement.party(actor).orElseThrow())
        .map(
            p ->
                new AgreementParty(
                    p.actor(),
                    p.status(),
                    p.since(),
                    p.certainty(),
                    agreement.undertakings(p.actor())))
        .toList();
  }

  /** The lesser certainty of the agreement's state and of both parties' status. */
  private static Certainty weakest(AgreementView agreement, Dyad dyad) {
    boolean possible =
        agreement.certainty() == Certainty.POSSIBLE
            || agreement.parties().stream()
                .filter(p -> p.actor().equals(dyad.first()) || p.actor().equals(dyad.second()))
                .anyMatch(p -> p.certainty() == Certainty.POSSIBLE);
    return possible ? Certainty.POSSIBLE : Certainty.CERTAIN;
  }
}
