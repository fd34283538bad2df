package org.tracker.development.importing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.watch.api.OpenWatchItem;

/**
 * What the deciding phase of an import decided to write, one entry per line that changes something,
 * in the file's order; spooled to a temporary file between the phases, so memory does not grow with
 * the file. {@code line} is the line it came from, named if writing it fails.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Spooled.Append.class, name = "append"),
  @JsonSubTypes.Type(value = Spooled.Publish.class, name = "publish"),
  @JsonSubTypes.Type(value = Spooled.Correct.class, name = "correct"),
  @JsonSubTypes.Type(value = Spooled.Retract.class, name = "retract"),
  @JsonSubTypes.Type(value = Spooled.Open.class, name = "open")
})
sealed interface Spooled {

  long line();

  /**
   * A new development no subscribing handler needs to see: its recording, serialized exactly as the
   * event store would, appended in a batch.
   */
  record Append(long line, DevelopmentId id, String payload) implements Spooled {}

  /** A new registration: published, so the directory sees it within the import's transaction. */
  record Publish(long line, DevelopmentRecorded event) implements Spooled {}

  /** A correction, sent through its aggregate (whose rule book judges it again). */
  record Correct(long line, CorrectDevelopment command) implements Spooled {}

  /** A retraction, likewise. */
  record Retract(long line, RetractDevelopment command) implements Spooled {}

  /** A watch item to open, likewise. */
  record Open(long line, OpenWatchItem command) implements Spooled {}
}
