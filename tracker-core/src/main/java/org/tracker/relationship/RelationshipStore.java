package org.tracker.relationship;

import java.util.List;
import org.tracker.relationship.api.Dyad;

/** Where the relationship projection keeps its facts. */
public interface RelationshipStore {

  /** Stores a fact; storing the same development again replaces it (replay-safe). */
  void put(PartnershipFact fact);

  List<PartnershipFact> partnerships(Dyad dyad);

  /** Forgets everything, before a replay. */
  void clear();
}
