package org.tracker.registry;

import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.registry.api.Revision;
import org.tracker.shared.ActorCode;

/**
 * The registry's rows, written in the same transaction as the events they come from, so that
 * validation of the next command sees them at once.
 */
public interface RegistryStore {

  /** Registers or (on correction) updates an actor. */
  void saveActor(ActorCode code, String kind, Object names, DevelopmentId registeredBy);

  /** Registers or (on correction) updates a document. */
  void saveDocument(String documentId, DevelopmentContent registration, DevelopmentId registeredBy);

  /** Adds a revision and sets what is now known of the development. */
  void addRevision(
      DevelopmentId id, Revision revision, DevelopmentContent current, boolean retracted);
}
