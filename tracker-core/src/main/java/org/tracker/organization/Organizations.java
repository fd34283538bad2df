package org.tracker.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.OrganizationTerms;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Claims.Judged;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.organization.api.FindMemberships;
import org.tracker.organization.api.FindOrganization;
import org.tracker.organization.api.Membership;
import org.tracker.organization.api.MembershipList;
import org.tracker.organization.api.Memberships;
import org.tracker.organization.api.OrganizationView;
import org.tracker.organization.api.OrganizationView.Event;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * Folds an organisation's facts into its state as of a day; its members are {@link Memberships}'
 * fold (any status but NONE).
 */
public class Organizations {

  private final Facts facts;
  private final Claims.Evidence evidence;

  public Organizations(Facts facts, Claims.Evidence evidence) {
    this.facts = facts;
    this.evidence = evidence;
  }

  @QueryHandler
  public OrganizationView handle(FindOrganization query) {
    Judged judged =
        Claims.judge(
            facts.about(List.of(query.code().code()), query.asOf(), query.knownAt()),
            evidence,
            query.knownAt());
    return fold(query.code(), judged.standing(), query.asOf()).withDisputed(judged);
  }

  /** The actor's memberships: those of the organisations it was named a member of. */
  @QueryHandler
  public MembershipList handle(FindMemberships query) {
    List<Membership> memberships = new ArrayList<>();
    Memberships.of(facts, evidence, List.of(query.actor()), query.asOf(), query.knownAt())
        .values()
        .forEach(
            members -> {
              Membership membership = members.get(query.actor());
              if (membership != null) {
                memberships.add(membership);
              }
            });
    return new MembershipList(query.actor(), query.asOf(), query.knownAt(), memberships);
  }

  public static OrganizationView fold(ActorCode code, List<Fact> all, LocalDate asOf) {
    List<Fact> visible =
        all.stream()
            .filter(
                f ->
                    f.content().terms() instanceof OrganizationTerms o
                        && code.equals(o.organization()))
            .filter(f -> f.certaintyOn(asOf) != null)
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    Event founded = null;
    Event dissolved = null;
    List<Event> summits = new ArrayList<>();
    List<Event> documents = new ArrayList<>();
    List<Event> bodies = new ArrayList<>();
    Set<String> basis = new LinkedHashSet<>();
    for (Fact f : visible) {
      Certainty c = f.certaintyOn(asOf);
      String date = f.date().toString();
      OrganizationTerms terms = f.content().as(OrganizationTerms.class);
      basis.add(f.id());
      switch (f.type()) {
        case ORGANIZATION_FOUNDED -> founded = new Event(f.id(), date, c, null);
        case ORGANIZATION_DISSOLVED -> dissolved = new Event(f.id(), date, c, null);
        case SUMMIT_HELD ->
            summits.add(new Event(f.id(), date, c, first(terms.title(), terms.place())));
        case DOCUMENT_ADOPTED -> documents.add(new Event(f.id(), date, c, terms.title()));
        case BODY_ESTABLISHED -> bodies.add(new Event(f.id(), date, c, terms.body()));
        default -> {
          // membership changes are folded by Memberships; nothing else changes the organisation
        }
      }
    }
    List<Member> members = new ArrayList<>();
    Memberships.fold(code, visible, asOf)
        .forEach(
            (actor, membership) -> {
              if (membership.listed()) {
                members.add(membership.member(actor));
              }
            });
    return new OrganizationView(
        code, founded, dissolved, members, summits, documents, bodies, asOf, List.copyOf(basis));
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
