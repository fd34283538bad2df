package org.tracker.relationship;

import java.time.Instant;
import java.util.List;
import org.tracker.development.api.DevelopmentId;
import org.tracker.relationship.api.Dyad;

/** Where the relationship projection keeps its facts. */
public interface RelationshipStore {

  /** Stores a fact; storing the same development again replaces it (replay-safe). */
  void put(PartnershipFact fact);

  /**
   * Marks the development's facts older than {@code version} as superseded at {@code at} (a
   * correction); with {@code inclusive}, that version's too (a retraction). Idempotent.
   */
  void supersede(DevelopmentId id, int version, boolean inclusive, Instant at);

  /** The dyad's facts as now known (not superseded). */
  List<PartnershipFact> partnerships(Dyad dyad);

  /** Forgets everything, before a replay. */
  void clear();
}
