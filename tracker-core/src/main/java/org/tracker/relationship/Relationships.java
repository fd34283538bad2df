package org.tracker.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tracker.agreement.api.AgreementView;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.PartnershipTerms;
import org.tracker.development.api.Rung;
import org.tracker.fact.api.Fact;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.PartnershipView;
import org.tracker.relationship.api.PartnershipView.Reaffirmation;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.relationship.api.RelationshipView.Anomaly;
import org.tracker.relationship.api.RelationshipView.Contact;

/**
 * Folds the facts naming both actors of a dyad, and the agreements both are committed to, into the
 * relationship as of a day.
 */
public final class Relationships {

  static final Set<DevelopmentType> PARTNERSHIP =
      EnumSet.of(
          DevelopmentType.PARTNERSHIP_ESTABLISHED,
          DevelopmentType.PARTNERSHIP_UPGRADED,
          DevelopmentType.PARTNERSHIP_DOWNGRADED);

  /** An anomaly's kind: an establishment or upgrade naming a level below the one before. */
  static final String DOWNGRADE = "DOWNGRADE";

  /** An anomaly's kind: a reaffirmation naming another level than the partnership's. */
  static final String REAFFIRMATION_LEVEL = "REAFFIRMATION_LEVEL";

  static final Set<DevelopmentType> CONTACT =
      EnumSet.of(DevelopmentType.VISIT, DevelopmentType.MEETING);

  private Relationships() {}

  /**
   * The relationship on the default ladder (no registered rungs).
   *
   * @param dyadFacts facts naming both actors
   * @param agreementFacts every fact about the agreements both actors had a development about, by
   *     agreement id (see {@link #fold(Ladder, Dyad, List, Collection, LocalDate, Instant)})
   */
  public static RelationshipView fold(
      Dyad dyad,
      List<Fact> dyadFacts,
      Map<String, List<Fact>> agreementFacts,
      LocalDate asOf,
      Instant knownAt) {
    return fold(Ladder.defaults(), dyad, dyadFacts, agreementFacts, asOf, knownAt);
  }

  /**
   * The relationship on {@code ladder}, each agreement of {@code agreementFacts} (its facts, by
   * agreement id) folded as of the day.
   */
  public static RelationshipView fold(
      Ladder ladder,
      Dyad dyad,
      List<Fact> dyadFacts,
      Map<String, List<Fact>> agreementFacts,
      LocalDate asOf,
      Instant knownAt) {
    return fold(ladder, dyad, dyadFacts, DyadAgreements.fold(agreementFacts, asOf), asOf, knownAt);
  }

  /**
   * The relationship, partnership levels compared on {@code ladder} (the ladder in use: default and
   * registered rungs).
   *
   * @param dyadFacts facts naming both actors
   * @param agreements agreements as of the day, among them every one both actors are (or were)
   *     committed to, whatever development made each a party; the others are left out
   * @throws IllegalStateException when a fact names a level the ladder does not have
   */
  public static RelationshipView fold(
      Ladder ladder,
      Dyad dyad,
      List<Fact> dyadFacts,
      Collection<AgreementView> agreements,
      LocalDate asOf,
      Instant knownAt) {
    List<Fact> visible =
        dyadFacts.stream()
            .filter(f -> f.certaintyOn(asOf) != null && !f.type().isRegistration())
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    Set<String> basis = new LinkedHashSet<>();
    PartnershipView partnership = null;
    List<Anomaly> anomalies = new ArrayList<>();
    Rung none = ladder.none();
    Rung level = none;
    Fact contact = null;
    String contactType = null;
    Map<String, Integer> counts = new TreeMap<>();
    Fact partnershipFact = null;
    Fact levelReached = null;
    String direction = null;
    List<Reaffirmation> reaffirmed = new ArrayList<>();
    PartnershipTerms terms = null;
    for (Fact f : visible) {
      counts.merge(f.type().name(), 1, Integer::sum);
      if (PARTNERSHIP.contains(f.type())) {
        terms = f.content().as(PartnershipTerms.class);
        Rung next = rung(ladder, terms.level());
        anomaly(f, none, level, next).ifPresent(anomalies::add);
        if (!next.equals(level)) {
          direction = direction(none, level, next);
          levelReached = f;
          reaffirmed.clear();
        }
        level = next;
        partnershipFact = f;
        if (terms.occasion() != null) { // made during a visit or meeting: a contact that day
          counts.merge(terms.occasion(), 1, Integer::sum);
          contact = f;
          contactType = terms.occasion();
        }
      } else if (f.type() == DevelopmentType.PARTNERSHIP_REAFFIRMED) {
        reaffirmed.add(reaffirmation(ladder, f, asOf));
        reaffirmationAnomaly(ladder, f, level).ifPresent(anomalies::add);
        String occasion = f.content().as(PartnershipTerms.class).occasion();
        if (occasion != null) { // reaffirmed during a visit or meeting: a contact that day
          counts.merge(occasion, 1, Integer::sum);
          contact = f;
          contactType = occasion;
        }
      } else if (CONTACT.contains(f.type())) {
        contact = f;
        contactType = f.type().name();
      }
    }
    if (partnershipFact != null && !level.equals(none)) {
      partnership =
          new PartnershipView(
              level.code(),
              level.name(),
              terms.label(),
              terms.labelEn(),
              levelReached.date().toString(),
              partnershipFact.certaintyOn(asOf),
              direction,
              List.copyOf(reaffirmed));
    }
    if (partnershipFact != null) {
      basis.add(partnershipFact.id());
      reaffirmed.forEach(r -> basis.add(r.developmentId()));
    }
    DyadAgreements between = DyadAgreements.between(dyad, agreements);
    basis.addAll(between.basis());
    Contact lastContact = null;
    if (contact != null) {
      lastContact =
          new Contact(
              contact.id(), contactType, contact.date().toString(), contact.certaintyOn(asOf));
      basis.add(contact.id());
    }
    return new RelationshipView(
        List.of(dyad.first(), dyad.second()),
        asOf,
        knownAt,
        partnership,
        between.inForce(),
        between.pending(),
        lastContact,
        counts,
        anomalies,
        List.copyOf(basis));
  }

  private static Rung rung(Ladder ladder, String code) {
    return ladder
        .rung(code)
        .orElseThrow(
            () ->
                new IllegalStateException(code + " is not a rung of the ladder " + ladder.codes()));
  }

  /**
   * Which way a step moved the partnership: UP, DOWN, or null when it set the first level (from
   * NONE).
   */
  private static String direction(Rung none, Rung before, Rung after) {
    if (before.equals(none)) {
      return null;
    }
    return after.isAbove(before) ? PartnershipView.UP : PartnershipView.DOWN;
  }

  /** A reaffirmation as listed: the step after which the level stays, with its date. */
  private static Reaffirmation reaffirmation(Ladder ladder, Fact f, LocalDate asOf) {
    Rung named = rung(ladder, f.content().as(PartnershipTerms.class).level());
    return new Reaffirmation(f.id(), f.date().toString(), named.code(), f.certaintyOn(asOf));
  }

  /** A reaffirmation names another level than the partnership's, or there is no partnership. */
  private static java.util.Optional<Anomaly> reaffirmationAnomaly(
      Ladder ladder, Fact f, Rung level) {
    Rung named = rung(ladder, f.content().as(PartnershipTerms.class).level());
    return named.equals(level)
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Anomaly(
                f.id(),
                REAFFIRMATION_LEVEL,
                "a reaffirmation of " + named + " while the partnership is at " + level));
  }

  private static java.util.Optional<Anomaly> anomaly(Fact f, Rung none, Rung before, Rung after) {
    boolean lower = before.isAbove(after);
    if (lower && f.type() != DevelopmentType.PARTNERSHIP_DOWNGRADED) {
      String recordedAs =
          f.type() == DevelopmentType.PARTNERSHIP_UPGRADED ? "an upgrade" : "an establishment";
      return java.util.Optional.of(
          new Anomaly(
              f.id(),
              DOWNGRADE,
              "a downgrade to " + after + " from " + before + ", recorded as " + recordedAs));
    }
    String message =
        switch (f.type()) {
          case PARTNERSHIP_UPGRADED ->
              after.isAbove(before) ? null : "an upgrade to " + after + " is not above " + before;
          case PARTNERSHIP_DOWNGRADED ->
              before.isAbove(after) ? null : "a downgrade to " + after + " is not below " + before;
          case PARTNERSHIP_ESTABLISHED ->
              before.equals(none)
                  ? null
                  : "established as " + after + " while already at " + before;
          default -> null;
        };
    return message == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Anomaly(f.id(), "LADDER_ORDER", message));
  }
}
