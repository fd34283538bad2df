package org.tracker.directory;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.tracker.development.api.ActorRegistration;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DocumentRegistration;
import org.tracker.development.api.RungRegistration;
import org.tracker.directory.api.DirectoryGroup;
import org.tracker.shared.Projection;

/**
 * Keeps the directory of registered actors, documents and rungs of the partnership ladder. It runs
 * in a subscribing processor: its rows are written in the transaction that appends the
 * registration, so the next request can refer to them at once, and a failure here (a code
 * registered twice) rolls the append back.
 */
@ProcessingGroup(DirectoryProjection.GROUP)
public class DirectoryProjection {

  public static final String GROUP = DirectoryGroup.NAME;

  /** Written in the appending transaction: never behind, so never rebuilt and never guarded. */
  public static final Projection DECLARATION =
      Projection.inTheAppendingTransaction(GROUP, List.of("actor", "document", "ladder_rung"));

  private final DirectoryStore store;

  public DirectoryProjection(DirectoryStore store) {
    this.store = store;
  }

  @EventHandler
  void on(DevelopmentRecorded event) {
    register(event.developmentId(), event.content());
  }

  @EventHandler
  void on(DevelopmentCorrected event) {
    register(event.developmentId(), event.content());
  }

  private void register(DevelopmentId id, DevelopmentContent content) {
    switch (content.type()) {
      case ACTOR_REGISTERED -> store.saveActor(content.as(ActorRegistration.class), id);
      case DOCUMENT_REGISTERED -> store.saveDocument(content.as(DocumentRegistration.class), id);
      case PARTNERSHIP_LEVEL_REGISTERED ->
          store.saveRung(content.as(RungRegistration.class).rung(), id);
      default -> {
        // only registrations add to the directory
      }
    }
  }
}
