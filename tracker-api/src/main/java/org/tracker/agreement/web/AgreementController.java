package org.tracker.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.agreement.api.AgreementView;
import org.tracker.agreement.api.FindAgreement;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;

/** Agreements and treaties: the instrument's state and each party's. */
@RestController
@Tag(name = "Agreements")
public class AgreementController {

  private final QueryGateway queries;
  private final TimeParameters time;

  public AgreementController(QueryGateway queries, TimeParameters time) {
    this.queries = queries;
    this.time = time;
  }

  @Operation(summary = "An agreement as of a day: state, parties, obligations")
  @GetMapping("/api/agreements/{id}")
  public AgreementView agreement(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    AgreementView view =
        queries
            .query(
                new FindAgreement(id, time.asOf(asOf), time.knownAt(knownAt)), AgreementView.class)
            .join();
    if (view == null) {
      throw new NotFound("no agreement " + id + " by then");
    }
    return view;
  }
}
