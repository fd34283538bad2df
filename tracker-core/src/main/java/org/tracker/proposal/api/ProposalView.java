package org.tracker.proposal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tracker.fact.api.Dispute;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * A proposal as of a day: PROPOSED, ENDORSED, REALISED or ABANDONED since when and how sure, who
 * proposed and endorsed it and where it was put forward, its history, and the competing claims
 * about it that were not taken ({@code disputed}).
 */
public record ProposalView(
    String id,
    String title,
    String titleEn,
    String place,
    String status,
    String since,
    Certainty certainty,
    List<ActorCode> proposers,
    List<ActorCode> endorsers,
    List<Step> history,
    List<Dispute> disputed,
    List<String> basis)
    implements Hedged.Since {

  /**
   * One development in the proposal's life; an analyst's choice between claims about it has no date
   * and gives its reason.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(
      String developmentId, String type, String date, Certainty certainty, String reason)
      implements Hedged.On {

    public Step(String developmentId, String type, String date, Certainty certainty) {
      this(developmentId, type, date, certainty, null);
    }
  }
}
