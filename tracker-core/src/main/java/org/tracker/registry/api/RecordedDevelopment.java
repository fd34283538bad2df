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
    List<RevisionRecord> revisions) {

  public RevisionRecord first() {
    return revisions.get(0);
  }

  public RevisionRecord last() {
    return revisions.get(revisions.size() - 1);
  }

  /** The revision that created {@code version} by recording or correcting, if any. */
  public java.util.Optional<RevisionRecord> creating(int version) {
    return revisions.stream()
        .filter(r -> r.kind() != Revision.Kind.RETRACTED && r.version() == version)
        .findFirst();
  }
}
