package org.tracker.relationship.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;

/**
 * The state of a relationship as of a day, as known at a moment: the partnership (null when there
 * is none), agreements in force between the two, the last contact (visit or meeting), counts of
 * developments by type, anomalies found in date order, the development ids the answer rests on, and
 * the organisations both are members of, with each one's status.
 */
public record RelationshipView(
    List<ActorCode> actors,
    LocalDate asOf,
    Instant knownAt,
    PartnershipView partnership,
    List<AgreementInForce> agreementsInForce,
    Contact lastContact,
    Map<String, Integer> counts,
    List<Anomaly> anomalies,
    List<String> basis,
    List<SharedMembership> sharedMemberships) {

  /** The relationship as the dyad's fold answers it, before its shared memberships are added. */
  public RelationshipView(
      List<ActorCode> actors,
      LocalDate asOf,
      Instant knownAt,
      PartnershipView partnership,
      List<AgreementInForce> agreementsInForce,
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
        lastContact,
        counts,
        anomalies,
        basis,
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
        lastContact,
        counts,
        anomalies,
        List.copyOf(all),
        List.copyOf(shared));
  }

  /** An agreement both are parties to, in force on the day. */
  public record AgreementInForce(
      String id, String title, List<String> obligations, String since, Certainty certainty) {
    /** How the source hedged {@code since} (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier dateQualifier() {
      return DateQualifier.of(since);
    }
  }

  /** The latest visit or meeting. */
  public record Contact(String developmentId, String type, String date, Certainty certainty) {
    /** How the source hedged {@code date} (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier dateQualifier() {
      return DateQualifier.of(date);
    }
  }

  /**
   * An organisation both are members of on the day, and each one's status (in the dyad's order).
   */
  public record SharedMembership(ActorCode organization, List<Member> members) {}

  /** Something that does not fit the date order, e.g. an upgrade not above the level before. */
  public record Anomaly(String developmentId, String kind, String message) {}
}
