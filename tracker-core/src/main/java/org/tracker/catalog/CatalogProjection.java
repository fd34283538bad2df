package org.tracker.catalog;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.shared.MetaDataKeys;
import org.tracker.shared.Projection;

/** Keeps every development as now known, for lists and exports. A pooled streaming projection. */
@ProcessingGroup(CatalogProjection.GROUP)
public class CatalogProjection {

  public static final String GROUP = "catalog";

  /** Two segments; the PLOVER export is read from it. */
  public static final Projection DECLARATION =
      Projection.streaming(GROUP, 2, List.of("development"), List.of("/api/export?format=plover"));

  private final CatalogStore store;

  public CatalogProjection(CatalogStore store) {
    this.store = store;
  }

  @EventHandler
  void on(
      DevelopmentRecorded event,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String recordedBy) {
    store.recorded(event.developmentId(), event.content(), recordedAt, recordedBy);
  }

  @EventHandler
  void on(DevelopmentCorrected event) {
    store.corrected(event.developmentId(), event.version(), event.content());
  }

  @EventHandler
  void on(DevelopmentRetracted event) {
    store.retracted(event.developmentId());
  }

  @ResetHandler
  void reset() {
    store.clear();
  }
}
