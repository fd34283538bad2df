package org.tracker.agreement;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.agreement.api.AgreementView;
import org.tracker.agreement.api.Agreements;
import org.tracker.agreement.api.FindAgreement;
import org.tracker.fact.api.Facts;

/** Answers agreement queries from the facts. */
public class AgreementQueries {

  private final Facts facts;

  public AgreementQueries(Facts facts) {
    this.facts = facts;
  }

  /** The agreement, or null when nothing about it is known by then. */
  @QueryHandler
  public AgreementView handle(FindAgreement query) {
    return Agreements.fold(
            query.id(),
            facts.about(List.of(query.id()), query.asOf(), query.knownAt()),
            query.asOf())
        .orElse(null);
  }
}
