package org.tracker.catalog;

import java.time.Instant;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;

/** Where the catalog keeps each development as now known. Every write is replay-safe. */
public interface CatalogStore {

  void recorded(
      DevelopmentId id, DevelopmentContent content, Instant recordedAt, String recordedBy);

  void corrected(DevelopmentId id, int version, DevelopmentContent content);

  void retracted(DevelopmentId id);

  void clear();
}
