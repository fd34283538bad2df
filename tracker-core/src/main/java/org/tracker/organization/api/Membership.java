package org.tracker.organization.api;

import java.util.ArrayList;
import java.util.List;
import org.tracker.organization.api.OrganizationView.LastKnown;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * One actor's membership of an organisation as of a day: its status (FULL, ASSOCIATE, OBSERVER,
 * DIALOGUE_PARTNER; NONE once it left; UNKNOWN when not known or not coded), since when and how
 * sure, the status known before it when it is UNKNOWN or NONE ({@code lastKnown}, else null), and
 * the developments behind it.
 */
public record Membership(
    ActorCode organization,
    String status,
    String since,
    Certainty certainty,
    LastKnown lastKnown,
    List<String> basis)
    implements Hedged.Since {

  public Membership {
    basis = List.copyOf(basis);
  }

  /** Whether the actor is listed among the organisation's members: any status but NONE. */
  public boolean listed() {
    return !Memberships.LEFT.equals(status);
  }

  /** The actor as one of the organisation's members. */
  public Member member(ActorCode actor) {
    return new Member(actor, status, since, certainty, lastKnown);
  }

  /** What is known of the status now, for a later status to keep as its {@code lastKnown}. */
  LastKnown known() {
    return Memberships.UNKNOWN.equals(status) ? lastKnown : new LastKnown(status, since, certainty);
  }

  /** The same status, only possibly still held: a leaving or dissolution may have happened. */
  Membership possibly(String developmentId) {
    return new Membership(
        organization, status, since, Certainty.POSSIBLE, lastKnown, with(basis, developmentId));
  }

  static List<String> with(List<String> basis, String developmentId) {
    List<String> more = new ArrayList<>(basis);
    if (!more.contains(developmentId)) {
      more.add(developmentId);
    }
    return more;
  }
}
