package org.tracker.catalog.api;

import java.util.function.BiConsumer;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;

/** Every development as now known, kept by a streaming projection (it may lag the log briefly). */
public interface Catalog {

  /**
   * Calls {@code action} with every development as now known that is not retracted, in the order
   * they were first recorded, streaming (memory does not grow with the log).
   */
  void forEachCurrent(BiConsumer<DevelopmentId, DevelopmentContent> action);
}
