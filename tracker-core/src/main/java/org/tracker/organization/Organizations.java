package org.tracker.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.OrganizationTerms;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.organization.api.FindOrganization;
import org.tracker.organization.api.OrganizationView;
import org.tracker.organization.api.OrganizationView.Event;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * Folds an organisation's facts into its state as of a day. A status change only POSSIBLE on the
 * day (its date range contains it) leaves a departing member listed, marked POSSIBLE.
 */
public class Organizations {

  private final Facts facts;

  public Organizations(Facts facts) {
    this.facts = facts;
  }

  @QueryHandler
  public OrganizationView handle(FindOrganization query) {
    return fold(
        query.code(),
        facts.about(List.of(query.code().code()), query.asOf(), query.knownAt()),
        query.asOf());
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
    Map<ActorCode, Member> members = new TreeMap<>();
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
        case ORGANIZATION_FOUNDED -> {
          founded = new Event(f.id(), date, c, null);
          f.actors().forEach(a -> members.put(a, new Member(a, "FULL", date, c)));
        }
        case MEMBERSHIP_CHANGED -> {
          String status = terms.status();
          for (ActorCode a : f.actors()) {
            Member before = members.get(a);
            if (terms.leaves()) {
              if (before != null && c == Certainty.POSSIBLE) {
                members.put(a, new Member(a, before.status(), before.since(), c));
              } else {
                members.remove(a);
              }
            } else {
              members.put(a, new Member(a, status, date, c));
            }
          }
        }
        case ORGANIZATION_DISSOLVED -> {
          dissolved = new Event(f.id(), date, c, null);
          if (c == Certainty.CERTAIN) {
            members.clear();
          } else {
            members.replaceAll((a, m) -> new Member(a, m.status(), m.since(), Certainty.POSSIBLE));
          }
        }
        case SUMMIT_HELD ->
            summits.add(new Event(f.id(), date, c, first(terms.title(), terms.place())));
        case DOCUMENT_ADOPTED -> documents.add(new Event(f.id(), date, c, terms.title()));
        case BODY_ESTABLISHED -> bodies.add(new Event(f.id(), date, c, terms.body()));
        default -> {
          // nothing else changes the organisation itself
        }
      }
    }
    return new OrganizationView(
        code,
        founded,
        dissolved,
        new ArrayList<>(members.values()),
        summits,
        documents,
        bodies,
        asOf,
        List.copyOf(basis));
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
