package org.tracker.organization.api;

import static org.tracker.development.api.DevelopmentType.MEMBERSHIP_CHANGED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_DISSOLVED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_FOUNDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.OrganizationTerms;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * Who belongs to an organisation as of a day, and how: the one fold of its founding, membership
 * changes and dissolution, read by the organisation's view, by an actor's memberships and by a
 * relationship's shared memberships.
 *
 * <p>Founders are FULL members from the founding. A change gives its actors its status from its
 * date: NONE means they left (they stay, as former members, with the status they left as {@code
 * lastKnown}); UNKNOWN means their status is not known or not coded, which does not erase what was
 * known before: that stays as {@code lastKnown}. A dissolution makes every member a former one. A
 * leaving or a dissolution only POSSIBLE on the day (its date range contains it) leaves the members
 * as they were, marked POSSIBLE.
 */
public final class Memberships {

  /** The status of an actor that left (or was never in). */
  public static final String LEFT = "NONE";

  /** The status of an actor whose status is not known or not coded. */
  public static final String UNKNOWN = "UNKNOWN";

  /** The developments that decide memberships. */
  public static final Set<DevelopmentType> TYPES =
      Collections.unmodifiableSet(
          EnumSet.of(ORGANIZATION_FOUNDED, MEMBERSHIP_CHANGED, ORGANIZATION_DISSOLVED));

  /** Those that name members: an actor's organisations are found through these. */
  public static final Set<DevelopmentType> NAMING_MEMBERS =
      Collections.unmodifiableSet(EnumSet.of(ORGANIZATION_FOUNDED, MEMBERSHIP_CHANGED));

  private Memberships() {}

  /**
   * Every actor's membership of the organisation as of the day, former members included, by actor
   * code; other facts than the organisation's {@link #TYPES} are ignored.
   */
  public static Map<ActorCode, Membership> fold(
      ActorCode organization, Collection<Fact> facts, LocalDate asOf) {
    List<Fact> visible =
        facts.stream()
            .filter(f -> TYPES.contains(f.type()))
            .filter(
                f -> organization.equals(f.content().as(OrganizationTerms.class).organization()))
            .filter(f -> f.certaintyOn(asOf) != null)
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    Map<ActorCode, Membership> members = new TreeMap<>();
    for (Fact f : visible) {
      Certainty c = f.certaintyOn(asOf);
      switch (f.type()) {
        case ORGANIZATION_FOUNDED ->
            f.actors()
                .forEach(a -> members.put(a, changed(organization, members.get(a), "FULL", f, c)));
        case MEMBERSHIP_CHANGED -> {
          OrganizationTerms terms = f.content().as(OrganizationTerms.class);
          for (ActorCode a : f.actors()) {
            Membership before = members.get(a);
            boolean possiblyLeft =
                terms.leaves() && c == Certainty.POSSIBLE && before != null && before.listed();
            members.put(
                a,
                possiblyLeft
                    ? before.possibly(f.id())
                    : changed(organization, before, terms.status(), f, c));
          }
        }
        case ORGANIZATION_DISSOLVED ->
            members.replaceAll(
                (a, m) -> {
                  if (!m.listed()) {
                    return m;
                  }
                  return c == Certainty.CERTAIN
                      ? changed(organization, m, LEFT, f, c)
                      : m.possibly(f.id());
                });
        default -> {
          // only TYPES are folded
        }
      }
    }
    return members;
  }

  /**
   * The memberships, as of the day and as known at the moment, of every organisation any of these
   * actors was named a member of by then: by organisation, then by actor.
   */
  public static Map<ActorCode, Map<ActorCode, Membership>> of(
      Facts facts,
      Claims.Evidence evidence,
      Collection<ActorCode> actors,
      LocalDate asOf,
      Instant knownAt) {
    Set<ActorCode> organizations =
        organizations(facts.ofTypesNaming(NAMING_MEMBERS, actors, asOf, knownAt));
    Map<ActorCode, Map<ActorCode, Membership>> byOrganization = new TreeMap<>();
    if (organizations.isEmpty()) {
      return byOrganization;
    }
    List<Fact> all =
        Claims.judge(
                facts.about(
                    organizations.stream().map(ActorCode::code).toList(), TYPES, asOf, knownAt),
                evidence,
                knownAt)
            .standing();
    for (ActorCode organization : organizations) {
      byOrganization.put(organization, fold(organization, all, asOf));
    }
    return byOrganization;
  }

  /** The organisations these facts name members of ({@link #NAMING_MEMBERS}), in code order. */
  public static Set<ActorCode> organizations(Collection<Fact> facts) {
    Set<ActorCode> organizations = new TreeSet<>();
    for (Fact f : facts) {
      if (NAMING_MEMBERS.contains(f.type())) {
        organizations.add(f.content().as(OrganizationTerms.class).organization());
      }
    }
    return organizations;
  }

  private static Membership changed(
      ActorCode organization, Membership before, String status, Fact f, Certainty c) {
    boolean keepsWhatWasKnown = UNKNOWN.equals(status) || LEFT.equals(status);
    return new Membership(
        organization,
        status,
        f.date().toString(),
        c,
        keepsWhatWasKnown && before != null ? before.known() : null,
        Membership.with(before == null ? List.of() : before.basis(), f.id()));
  }
}
