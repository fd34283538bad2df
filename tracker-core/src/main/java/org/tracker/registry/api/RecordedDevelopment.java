package org.tracker.registry.api;

import java.util.List;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;

/**
 * A development as now known (its latest version, whether retracted) and every revision of it,
 * oldest first.
 */
public record RecordedDevelopment(
    DevelopmentId id,
    DevelopmentContent content,
    int version,
    boolean retracted,
    List<Revision> revisions) {

  public Revision first() {
    return revisions.get(0);
  }

  public Revision last() {
    return revisions.get(revisions.size() - 1);
  }

  /** The revision that created {@code version} by recording or correcting, if any. */
  public java.util.Optional<Revision> creating(int version) {
    return revisions.stream()
        .filter(r -> r.kind() != Revision.Kind.RETRACTED && r.version() == version)
        .findFirst();
  }
}
