package org.tracker.registry.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;

/** Looks up recorded developments and the directories; consistent with the log. */
public interface Developments {

  Optional<RecordedDevelopment> find(DevelopmentId id);

  /** Those of the given ids that are recorded, with their revisions. */
  Map<DevelopmentId, RecordedDevelopment> findAll(Collection<DevelopmentId> ids);

  /**
   * Calls {@code action} with every development as now known that is not retracted, in the order
   * they were first recorded, streaming (memory does not grow with the log).
   */
  void forEachCurrent(BiConsumer<DevelopmentId, DevelopmentContent> action);

  /** The hash the registry keeps of a version's content, to tell repeats from changes. */
  String hash(DevelopmentContent content);

  /** Every registered actor code. */
  Set<String> actorCodes();

  /** Every registered document id. */
  Set<String> documentIds();
}
