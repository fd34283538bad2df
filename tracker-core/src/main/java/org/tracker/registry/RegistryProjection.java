package org.tracker.registry;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.registry.api.Recording;
import org.tracker.shared.ActorCode;
import org.tracker.shared.MetaDataKeys;

/**
 * Keeps the registry of actors, documents and developments. It runs in a subscribing processor: its
 * rows are written in the transaction that appends the event, and a failure here rolls the append
 * back.
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
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.RECORDED_BY) String recordedBy,
      @MetaDataValue(MetaDataKeys.FINGERPRINT) String fingerprint) {
    DevelopmentContent content = event.content();
    switch (content.type()) {
      case ACTOR_REGISTERED ->
          store.putActor(
              ActorCode.of(content.text("code")),
              content.text("kind"),
              content.attributes().get("name"),
              event.developmentId());
      case DOCUMENT_REGISTERED ->
          store.putDocument(content.text("documentId"), content, event.developmentId());
      default -> {
        // only registrations add to the directories
      }
    }
    store.putDevelopment(
        event.developmentId(), content, fingerprint, new Recording(recordedAt, recordedBy));
  }
}
