package org.tracker.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.proposal.api.ListProposals;
import org.tracker.proposal.api.ProposalList;

/** Proposals and initiatives: status and history. */
@RestController
@Tag(name = "Proposals")
public class ProposalController {

  private final QueryGateway queries;
  private final TimeParameters time;

  public ProposalController(QueryGateway queries, TimeParameters time) {
    this.queries = queries;
    this.time = time;
  }

  @Operation(summary = "Every proposal as of a day: PROPOSED, ENDORSED, REALISED or ABANDONED")
  @GetMapping("/api/proposals")
  public ProposalList proposals(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    return queries
        .query(new ListProposals(time.asOf(asOf), time.knownAt(knownAt)), ProposalList.class)
        .join();
  }
}
