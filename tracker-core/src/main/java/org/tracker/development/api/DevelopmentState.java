package org.tracker.development.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a development's stream has established so far — enough to decide the next command: its type,
 * what it registers (a registration's code or document id, else null), each version it holds, and
 * whether it is retracted (with the retraction's reason, so that the same retraction sent again can
 * be told from another one). {@link #NONE} is the state of a stream not yet written.
 *
 * <p>Each version is remembered with its content and reason, so that a repeated request can be told
 * from a conflicting one. A bulk import keeps states for a whole file and {@link #compact()}s them:
 * a compacted version remembers only a hash of its content and reason.
 */
public record DevelopmentState(
    DevelopmentId id,
    DevelopmentType type,
    String registers,
    List<Version> versions,
    boolean retracted,
    String retractionReason) {

  /** No stream yet. */
  public static final DevelopmentState NONE =
      new DevelopmentState(null, null, null, List.of(), false, null);

  public DevelopmentState {
    versions = List.copyOf(versions);
  }

  /** One version of the content, with the reason that created it (null for the recording). */
  public record Version(DevelopmentContent content, String reason, int hash) {

    public static Version of(DevelopmentContent content, String reason) {
      return new Version(content, reason, Objects.hash(content, reason));
    }

    /** Whether this version is exactly {@code content} with {@code reason}. */
    public boolean is(DevelopmentContent content, String reason) {
      return this.content == null
          ? hash == Objects.hash(content, reason)
          : this.content.equals(content) && Objects.equals(this.reason, reason);
    }
  }

  public boolean exists() {
    return id != null;
  }

  /** The current version number (0 before the recording). */
  public int version() {
    return versions.size();
  }

  /** The current content; null before the recording or once compacted (unless a registration). */
  public DevelopmentContent content() {
    return versions.isEmpty() ? null : versions.get(versions.size() - 1).content();
  }

  public boolean isRegistration() {
    return type != null && type.isRegistration();
  }

  /**
   * The same state, its versions remembered by hash only (for many states held at once) — but a
   * registration's current content is kept: registering its key again is compared with it.
   */
  public DevelopmentState compact() {
    List<Version> compacted = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      boolean kept = isRegistration() && i == versions.size() - 1;
      compacted.add(kept ? v : new Version(null, null, v.hash()));
    }
    return new DevelopmentState(id, type, registers, compacted, retracted, retractionReason);
  }
}
