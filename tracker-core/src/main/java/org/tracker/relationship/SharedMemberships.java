package org.tracker.relationship;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.organization.api.Membership;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.relationship.api.RelationshipView.SharedMembership;
import org.tracker.shared.ActorCode;

/**
 * The organisations both actors of a dyad are members of on the day (any status but NONE, so an
 * UNKNOWN one is shown with what was known before it), from the memberships {@code Memberships.of}
 * folded for either.
 */
final class SharedMemberships {

  private SharedMemberships() {}

  /**
   * The relationship with the organisations both are members of, and the developments behind them.
   *
   * @param memberships by organisation, then actor: those of organisations one of the two (at
   *     least) was named a member of
   */
  static RelationshipView added(
      RelationshipView view, Dyad dyad, Map<ActorCode, Map<ActorCode, Membership>> memberships) {
    List<SharedMembership> shared = new ArrayList<>();
    Set<String> basis = new LinkedHashSet<>();
    memberships.forEach(
        (organization, members) -> {
          Membership first = members.get(dyad.first());
          Membership second = members.get(dyad.second());
          if (first != null && first.listed() && second != null && second.listed()) {
            shared.add(
                new SharedMembership(
                    organization,
                    List.of(first.member(dyad.first()), second.member(dyad.second()))));
            basis.addAll(first.basis());
            basis.addAll(second.basis());
          }
        });
    return view.withSharedMemberships(shared, basis);
  }
}
