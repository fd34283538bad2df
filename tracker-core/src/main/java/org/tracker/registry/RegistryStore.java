package org.tracker.registry;

import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.registry.api.Recording;
import org.tracker.shared.ActorCode;

/**
 * The registry's rows, written in the same transaction as the events they come from, so that
 * validation of the next command sees them at once.
 */
public interface RegistryStore {

  void putActor(ActorCode code, String kind, Object names, DevelopmentId registeredBy);

  void putDocument(String documentId, DevelopmentContent registration, DevelopmentId registeredBy);

  void putDevelopment(
      DevelopmentId id, DevelopmentContent content, String fingerprint, Recording recording);
}
