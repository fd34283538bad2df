package org.tracker.registry;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.registry.api.Recording;
import org.tracker.registry.api.Revision;
import org.tracker.registry.api.Revision.Kind;
import org.tracker.shared.ActorCode;
import org.tracker.shared.MetaDataKeys;

/**
 * Keeps the registry of actors, documents and developments with their revisions. It runs in a
 * subscribing processor: its rows are written in the transaction that appends the event, and a
 * failure here rolls the append back.
 */
@ProcessingGroup(RegistryProjection.GROUP)
public class RegistryProjection {

  public static final String GROUP = "registry";

  private final RegistryStore store;

  public RegistryProjection(RegistryStore store) {
    this.store = store;
  }

  @EventHandler
  void on(
      DevelopmentRecorded event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String recordedBy) {
    register(event.developmentId(), event.content());
    store.addRevision(
        event.developmentId(),
        new Revision(
            sequence,
            Kind.RECORDED,
            1,
            event.content(),
            null,
            new Recording(recordedAt, recordedBy)),
        event.content(),
        false);
  }

  @EventHandler
  void on(
      DevelopmentCorrected event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String recordedBy) {
    register(event.developmentId(), event.content());
    store.addRevision(
        event.developmentId(),
        new Revision(
            sequence,
            Kind.CORRECTED,
            event.version(),
            event.content(),
            event.reason(),
            new Recording(recordedAt, recordedBy)),
        event.content(),
        false);
  }

  @EventHandler
  void on(
      DevelopmentRetracted event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String recordedBy) {
    store.addRevision(
        event.developmentId(),
        new Revision(
            sequence,
            Kind.RETRACTED,
            event.version(),
            null,
            event.reason(),
            new Recording(recordedAt, recordedBy)),
        null,
        true);
  }

  private void register(DevelopmentId id, DevelopmentContent content) {
    switch (content.type()) {
      case ACTOR_REGISTERED ->
          store.saveActor(
              ActorCode.of(content.text("code")),
              content.text("kind"),
              content.attributes().get("name"),
              id);
      case DOCUMENT_REGISTERED -> store.saveDocument(content.text("documentId"), content, id);
      default -> {
        // only registrations add to the directories
      }
    }
  }
}
