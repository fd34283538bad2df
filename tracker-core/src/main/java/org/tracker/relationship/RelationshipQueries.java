package org.tracker.relationship;

import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.PartnershipView;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.Certainty;

/** Answers relationship queries from the projection's facts. */
public class RelationshipQueries {

  /** Later in the world first; for the same date, later recorded first. */
  static final Comparator<PartnershipFact> LATEST_FIRST =
      Comparator.comparing(PartnershipFact::date)
          .thenComparingLong(PartnershipFact::position)
          .reversed();

  private final RelationshipStore store;

  public RelationshipQueries(RelationshipStore store) {
    this.store = store;
  }

  @QueryHandler
  public RelationshipView handle(FindRelationship query) {
    List<PartnershipFact> facts = store.partnerships(query.dyad());
    PartnershipView partnership = null;
    List<String> basis = List.of();
    PartnershipFact current =
        facts.stream()
            .filter(f -> Certainty.of(f.date(), query.asOf()) != null)
            .sorted(LATEST_FIRST)
            .findFirst()
            .orElse(null);
    if (current != null) {
      partnership =
          new PartnershipView(
              current.level(),
              current.label(),
              current.labelEn(),
              current.date().toString(),
              Certainty.of(current.date(), query.asOf()));
      basis = List.of(current.developmentId().toString());
    }
    return new RelationshipView(
        List.of(query.dyad().first(), query.dyad().second()), query.asOf(), partnership, basis);
  }
}
