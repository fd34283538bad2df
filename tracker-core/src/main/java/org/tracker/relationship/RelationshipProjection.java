package org.tracker.relationship;

import java.time.Instant;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.PartnershipLevel;
import org.tracker.relationship.api.Dyad;

/**
 * Feeds the relationship facts from the log. Replay-safe: facts are keyed by development and
 * version, and superseding is idempotent.
 */
@ProcessingGroup(RelationshipProjection.GROUP)
public class RelationshipProjection {

  public static final String GROUP = "relationships";

  private static final Set<DevelopmentType> PARTNERSHIP_TYPES =
      Set.of(
          DevelopmentType.PARTNERSHIP_ESTABLISHED,
          DevelopmentType.PARTNERSHIP_UPGRADED,
          DevelopmentType.PARTNERSHIP_DOWNGRADED);

  private final RelationshipStore store;

  public RelationshipProjection(RelationshipStore store) {
    this.store = store;
  }

  @EventHandler
  void on(DevelopmentRecorded event, @Timestamp Instant recordedAt, TrackingToken token) {
    put(event.developmentId(), 1, event.content(), recordedAt, token);
  }

  @EventHandler
  void on(DevelopmentCorrected event, @Timestamp Instant recordedAt, TrackingToken token) {
    store.supersede(event.developmentId(), event.version(), false, recordedAt);
    put(event.developmentId(), event.version(), event.content(), recordedAt, token);
  }

  @EventHandler
  void on(DevelopmentRetracted event, @Timestamp Instant recordedAt) {
    store.supersede(event.developmentId(), event.version(), true, recordedAt);
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  private void put(
      DevelopmentId id,
      int version,
      DevelopmentContent content,
      Instant recordedAt,
      TrackingToken token) {
    if (!PARTNERSHIP_TYPES.contains(content.type())) {
      return;
    }
    store.put(
        new PartnershipFact(
            id,
            version,
            Dyad.of(content.actors().get(0), content.actors().get(1)),
            content.type(),
            PartnershipLevel.valueOf(content.text("level")),
            content.text("label"),
            content.text("labelEn"),
            content.date(),
            recordedAt,
            token.position().orElse(0)));
  }
}
