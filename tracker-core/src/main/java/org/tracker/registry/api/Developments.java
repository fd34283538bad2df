package org.tracker.registry.api;

import java.util.Optional;
import org.tracker.development.api.DevelopmentId;

/** Looks up recorded developments; consistent with the log (same transaction). */
public interface Developments {

  Optional<RecordedDevelopment> find(DevelopmentId id);
}
