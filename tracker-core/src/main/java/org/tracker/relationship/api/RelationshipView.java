package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * The state of a relationship as of a day, as known at a moment: the partnership (null when there
 * is none), agreements in force between the two, the last contact (visit or meeting), counts of
 * developments by type, anomalies found in date order, and the development ids the answer rests on.
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
    List<String> basis) {

  /** An agreement both are parties to, in force on the day. */
  public record AgreementInForce(
      String id, String title, List<String> obligations, String since, Certainty certainty) {}

  /** The latest visit or meeting. */
  public record Contact(String developmentId, String type, String date, Certainty certainty) {}

  /** Something that does not fit the date order, e.g. an upgrade not above the level before. */
  public record Anomaly(String developmentId, String kind, String message) {}
}
