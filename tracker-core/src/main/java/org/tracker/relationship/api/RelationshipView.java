package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Dispute;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * The state of a relationship as of a day, as known at a moment: the partnership (null when there
 * is none), agreements in force between the two and those pending (both committed, not yet in force
 * between them), the last contact (a visit or meeting, or a partnership step made during one),
 * counts of developments by type, anomalies found in date order, the development ids the answer
 * rests on, the organisations both are members of, with each one's status, and the competing claims
 * about the dyad that were not taken ({@code disputed}; see {@code Claims}).
 */
public record RelationshipView(
    List<ActorCode> actors,
    LocalDate asOf,
    Instant knownAt,
    PartnershipView partnership,
    List<AgreementInForce> agreementsInForce,
    List<AgreementPending> agreementsPending,
    Contact lastContact,
    Map<String, Integer> counts,
    List<Anomaly> anomalies,
    List<String> basis,
    List<SharedMembership> sharedMemberships,
    List<Dispute> disputed) {

  /** The relationship as the dyad's fold answers it, before its shared memberships are added. */
  public RelationshipView(
      List<ActorCode> actors,
      LocalDate asOf,
      Instant knownAt,
      PartnershipView partnership,
      List<AgreementInForce> agreementsInForce,
      List<AgreementPending> agreementsPending,
      Contact lastContact,
      Map<String, Integer> counts,
      List<Anomaly> anomalies,
      List<String> basis) {
    this(
        actors,
        asOf,
        knownAt,
        partnership,
        agreementsInForce,
        agreementsPending,
        lastContact,
        counts,
        anomalies,
        basis,
        List.of(),
        List.of());
  }

  /** The same relationship with these shared memberships, and the developments behind them. */
  public RelationshipView withSharedMemberships(
      List<SharedMembership> shared, Collection<String> sharedBasis) {
    Set<String> all = new LinkedHashSet<>(basis);
    all.addAll(sharedBasis);
    return new RelationshipView(
        actors,
        asOf,
        knownAt,
        partnership,
        agreementsInForce,
        agreementsPending,
        lastContact,
        counts,
        anomalies,
        List.copyOf(all),
        List.copyOf(shared),
        disputed);
  }

  /**
   * The same answer with the competing claims judged set aside ({@code disputed}), and the
   * analysts' choices that decided them among the developments it rests on.
   */
  public RelationshipView withDisputed(Claims.Judged judged) {
    if (judged.disputed().isEmpty()) {
      return this;
    }
    return new RelationshipView(
        actors,
        asOf,
        knownAt,
        partnership,
        agreementsInForce,
        agreementsPending,
        lastContact,
        counts,
        anomalies,
        judged.withChoices(basis),
        sharedMemberships,
        judged.disputed());
  }

  /**
   * An agreement both are parties to, in force on the day: since when the agreement is in force,
   * how sure (the lesser certainty of its state and of both parties'), and each of the two parties'
   * own status, since when and what it undertakes.
   */
  public record AgreementInForce(
      String id,
      String title,
      List<String> obligations,
      String since,
      Certainty certainty,
      List<AgreementParty> parties)
      implements Hedged.Since {}

  /**
   * An agreement both have signed, ratified or acceded to that is not in force between them, not
   * terminated, and neither withdrew from: the agreement's state (SIGNED; IN_FORCE when it is in
   * force for other parties; null when known only from accessions) and since when, how sure, and
   * each of the two parties' status (SIGNATORY, RATIFIED or PARTY).
   */
  public record AgreementPending(
      String id,
      String title,
      String state,
      String since,
      Certainty certainty,
      List<String> obligations,
      List<AgreementParty> parties)
      implements Hedged.Since {}

  /** One of the two actors in an agreement: its status, since when, how sure, its obligations. */
  public record AgreementParty(
      ActorCode actor, String status, String since, Certainty certainty, List<String> obligations)
      implements Hedged.Since {}

  /**
   * The latest contact: a visit or meeting, or a partnership step made during one ({@code type} is
   * then that occasion, VISIT or MEETING, and the development is the step).
   */
  public record Contact(String developmentId, String type, String date, Certainty certainty)
      implements Hedged.On {}

  /**
   * An organisation both are members of on the day, and each one's status (in the dyad's order).
   */
  public record SharedMembership(ActorCode organization, List<Member> members) {}

  /** Something that does not fit the date order, e.g. an upgrade not above the level before. */
  public record Anomaly(String developmentId, String kind, String message) {}
}
