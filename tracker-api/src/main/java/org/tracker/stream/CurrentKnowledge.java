package org.tracker.stream;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentHistories;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentRevision;
import org.tracker.stream.LiveStream.Update;

/**
 * The live stream for whoever may not read past knowledge (a VIEWER, docs/security.md): each
 * development as it stands now, never what was superseded or retracted. A development's event is
 * sent only when it is the latest of the development's stream (an older one is followed by the
 * latest, which says everything current), as its current content — id, version, content, under the
 * event's published name — or, for a retracted development, as a tombstone carrying its id only. A
 * replay from any position therefore gives each development's current state, once. Watch item
 * events are sent as they are.
 */
final class CurrentKnowledge {

  /** A development's current version. */
  record Current(DevelopmentId developmentId, int version, DevelopmentContent content) {}

  /** A retracted development: its id, nothing of what it said. */
  record Tombstone(DevelopmentId developmentId) {}

  private static final String RETRACTED = PublishedEvents.nameOf(DevelopmentRetracted.class);

  private final DevelopmentHistories developments;

  CurrentKnowledge(DevelopmentHistories developments) {
    this.developments = developments;
  }

  /** What a viewer receives for one event of the log; null for nothing. */
  Update of(TrackedEventMessage<?> event) {
    if (!(event.getPayload() instanceof DevelopmentEvent development)) {
      return Update.of(event);
    }
    long position = event.trackingToken().position().orElse(0);
    DevelopmentHistory history = developments.load(development.developmentId()).orElse(null);
    if (history == null || !isLatest(event, history.revisions())) {
      return null;
    }
    if (history.retracted()) {
      return new Update(position, RETRACTED, null, null, new Tombstone(history.id()));
    }
    return new Update(
        position,
        PublishedEvents.nameOf(development),
        event.getTimestamp(),
        null,
        new Current(history.id(), history.version(), history.current()));
  }

  private static boolean isLatest(TrackedEventMessage<?> event, List<DevelopmentRevision> stream) {
    return event instanceof DomainEventMessage<?> stored
        && stored.getSequenceNumber() == stream.get(stream.size() - 1).sequence();
  }
}
