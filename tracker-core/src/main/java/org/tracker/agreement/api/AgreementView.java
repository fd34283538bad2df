package org.tracker.agreement.api;

import java.time.LocalDate;
import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * An agreement as of a day: the instrument's state (SIGNED, IN_FORCE, TERMINATED) with since and
 * certainty, each party's state (SIGNATORY, PARTY, WITHDRAWN), its obligations, and the
 * developments the answer rests on.
 */
public record AgreementView(
    String id,
    String title,
    String titleEn,
    String instrument,
    boolean bilateral,
    String state,
    String since,
    Certainty certainty,
    List<Party> parties,
    List<String> obligations,
    LocalDate asOf,
    List<String> basis) {

  /** One party's state in the agreement. */
  public record Party(ActorCode actor, String status, String since, Certainty certainty) {}

  public boolean inForceBetween(ActorCode a, ActorCode b) {
    return "IN_FORCE".equals(state) && isParty(a) && isParty(b);
  }

  private boolean isParty(ActorCode actor) {
    return parties.stream().anyMatch(p -> p.actor().equals(actor) && p.status().equals("PARTY"));
  }
}
