package org.tracker.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.stream.LiveStream.Update;

/**
 * The live stream for whoever may not read past knowledge (a VIEWER, docs/security.md): each
 * development as it stands now, never what was superseded or retracted. A development's event is
 * sent only when it is the latest of the development's stream (an older one is followed by the
 * latest, which says everything current), as its current content — id, version, content, under the
 * event's published name — or, for a retracted development, as a tombstone carrying its id only. A
 * replay from any position therefore gives each development's current state, once. Watch item
 * events are sent as they are. Whether an event is its stream's latest is one indexed look-up of
 * the stream's last sequence number; the latest event itself carries the current content, so no
 * stream is read.
 */
final class CurrentKnowledge {

  /** A development's current version. */
  record Current(DevelopmentId developmentId, int version, DevelopmentContent content) {}

  /** A retracted development: its id, nothing of what it said. */
  record Tombstone(DevelopmentId developmentId) {}

  private static final String RETRACTED = PublishedEvents.nameOf(DevelopmentRetracted.class);

  private final EventStore log;

  CurrentKnowledge(EventStore log) {
    this.log = log;
  }

  /** What a viewer receives for one event of the log; null for nothing. */
  Update of(TrackedEventMessage<?> event) {
    if (!(event.getPayload() instanceof DevelopmentEvent development)) {
      return Update.of(event);
    }
    if (!(event instanceof DomainEventMessage<?> stored) || !isLatest(stored)) {
      return null;
    }
    long position = event.trackingToken().position().orElse(0);
    DevelopmentId id = development.developmentId();
    if (development instanceof DevelopmentRetracted) {
      return new Update(position, RETRACTED, null, null, new Tombstone(id));
    }
    Current current =
        development instanceof DevelopmentCorrected corrected
            ? new Current(id, corrected.version(), corrected.content())
            : new Current(id, 1, ((DevelopmentRecorded) development).content());
    return new Update(
        position, PublishedEvents.nameOf(development), event.getTimestamp(), null, current);
  }

  private boolean isLatest(DomainEventMessage<?> stored) {
    return log.lastSequenceNumberFor(stored.getAggregateIdentifier())
        .map(last -> last == stored.getSequenceNumber())
        .orElse(false);
  }
}
