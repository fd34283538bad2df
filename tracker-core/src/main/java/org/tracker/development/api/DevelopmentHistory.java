package org.tracker.development.api;

import java.util.List;
import java.util.Optional;

/**
 * A development as its stream in the log tells it: every revision, oldest first, and what follows
 * from them — the content now known, its version, whether it is retracted.
 */
public record DevelopmentHistory(DevelopmentId id, List<DevelopmentRevision> revisions) {

  public DevelopmentHistory {
    if (revisions.isEmpty()) {
      throw new IllegalArgumentException("a development has at least its recording");
    }
    revisions = List.copyOf(revisions);
  }

  public DevelopmentRevision first() {
    return revisions.get(0);
  }

  /** The content of the latest version (a retraction keeps it, withdrawn). */
  public DevelopmentContent current() {
    for (int i = revisions.size() - 1; i >= 0; i--) {
      if (revisions.get(i).content() != null) {
        return revisions.get(i).content();
      }
    }
    throw new IllegalStateException("no content");
  }

  public int version() {
    return revisions.get(revisions.size() - 1).version();
  }

  public boolean retracted() {
    return revisions.stream().anyMatch(r -> r.kind() == DevelopmentRevision.Kind.RETRACTED);
  }

  /** The revision that created {@code version} (by recording or correcting), if any. */
  public Optional<DevelopmentRevision> creating(int version) {
    return revisions.stream()
        .filter(r -> r.kind() != DevelopmentRevision.Kind.RETRACTED && r.version() == version)
        .findFirst();
  }

  /** Whether {@code version} already exists with exactly this content and reason. */
  public boolean hasVersion(int version, DevelopmentContent content, String reason) {
    return creating(version)
        .map(r -> r.content().equals(content) && java.util.Objects.equals(r.reason(), reason))
        .orElse(false);
  }
}
