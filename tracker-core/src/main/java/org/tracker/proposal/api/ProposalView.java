package org.tracker.proposal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;

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
    List<String> basis) {

  /** How the source hedged {@code since} (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("dateQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier dateQualifier() {
    return DateQualifier.of(since);
  }

  /** One development in the proposal's life. */
  public record Step(String developmentId, String type, String date, Certainty certainty) {
    /** How the source hedged {@code date} (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier dateQualifier() {
      return DateQualifier.of(date);
    }
  }
}
