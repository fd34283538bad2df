package org.tracker.agreement;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.agreement.api.AgreementView;
import org.tracker.agreement.api.Agreements;
import org.tracker.agreement.api.FindAgreement;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Claims.Judged;
import org.tracker.fact.api.Facts;

/** Answers agreement queries from the facts. */
public class AgreementQueries {

  private final Facts facts;
  private final Claims.Evidence evidence;

  public AgreementQueries(Facts facts, Claims.Evidence evidence) {
    this.facts = facts;
    this.evidence = evidence;
  }

  /** The agreement, or null when nothing about it is known by then. */
  @QueryHandler
  public AgreementView handle(FindAgreement query) {
    Judged judged =
        Claims.judge(
            facts.about(List.of(query.id()), query.asOf(), query.knownAt()),
            evidence,
            query.knownAt());
    return Agreements.fold(query.id(), judged.standing(), query.asOf())
        .map(view -> view.withDisputed(judged))
        .orElse(null);
  }
}
