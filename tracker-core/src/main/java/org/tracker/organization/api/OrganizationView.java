package org.tracker.organization.api;

import java.time.LocalDate;
import java.util.List;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Dispute;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * An organisation as of a day: founding and dissolution, members with their status (FULL,
 * ASSOCIATE, OBSERVER, DIALOGUE_PARTNER, or UNKNOWN with the status last known) since when and how
 * sure, summits held, documents adopted, bodies set up, and the developments behind the answer.
 */
public record OrganizationView(
    ActorCode code,
    Event founded,
    Event dissolved,
    List<Member> members,
    List<Event> summits,
    List<Event> documents,
    List<Event> bodies,
    LocalDate asOf,
    List<String> basis,
    List<Dispute> disputed) {

  /** The organization before any competing claims about it were judged (none disputed). */
  public OrganizationView(
      ActorCode code,
      Event founded,
      Event dissolved,
      List<Member> members,
      List<Event> summits,
      List<Event> documents,
      List<Event> bodies,
      LocalDate asOf,
      List<String> basis) {
    this(code, founded, dissolved, members, summits, documents, bodies, asOf, basis, List.of());
  }

  /**
   * The same answer with the competing claims judged set aside ({@code disputed}), and the
   * analysts' choices that decided them among the developments it rests on.
   */
  public OrganizationView withDisputed(Claims.Judged judged) {
    if (judged.disputed().isEmpty()) {
      return this;
    }
    return new OrganizationView(
        code,
        founded,
        dissolved,
        members,
        summits,
        documents,
        bodies,
        asOf,
        judged.withChoices(basis),
        judged.disputed());
  }

  /**
   * A member and its status; when the status is UNKNOWN (or NONE, for a former member), the status
   * known before it, else null.
   */
  public record Member(
      ActorCode actor, String status, String since, Certainty certainty, LastKnown lastKnown)
      implements Hedged.Since {

    /** A member whose status is known. */
    public Member(ActorCode actor, String status, String since, Certainty certainty) {
      this(actor, status, since, certainty, null);
    }
  }

  /** A status known earlier, which a later UNKNOWN (or a leaving) does not erase. */
  public record LastKnown(String status, String since, Certainty certainty)
      implements Hedged.Since {}

  /** Something that happened to the organisation: when, how sure, what (a title or name). */
  public record Event(String developmentId, String date, Certainty certainty, String what)
      implements Hedged.On {}
}
