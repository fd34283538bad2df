package org.tracker.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;

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

  /** How the source hedged {@code since} (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("dateQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier dateQualifier() {
    return DateQualifier.of(since);
  }

  /** One party's state in the agreement. */
  public record Party(ActorCode actor, String status, String since, Certainty certainty) {
    /** How the source hedged {@code since} (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier dateQualifier() {
      return DateQualifier.of(since);
    }
  }

  public boolean inForceBetween(ActorCode a, ActorCode b) {
    return "IN_FORCE".equals(state) && isParty(a) && isParty(b);
  }

  private boolean isParty(ActorCode actor) {
    return parties.stream().anyMatch(p -> p.actor().equals(actor) && p.status().equals("PARTY"));
  }
}
