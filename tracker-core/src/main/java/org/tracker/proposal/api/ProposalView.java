package org.tracker.proposal.api;

import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * A proposal as of a day: PROPOSED, ENDORSED, REALISED or ABANDONED since when and how sure, who
 * proposed and endorsed it, and its history.
 */
public record ProposalView(
    String id,
    String title,
    String titleEn,
    String status,
    String since,
    Certainty certainty,
    List<ActorCode> proposers,
    List<ActorCode> endorsers,
    List<Step> history,
    List<String> basis)
    implements Hedged.Since {

  /** One development in the proposal's life. */
  public record Step(String developmentId, String type, String date, Certainty certainty)
      implements Hedged.On {}
}
