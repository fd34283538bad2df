package org.tracker.directory;

import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.ActorCode;

/** The directory's rows, written in the transaction that appends the registration. */
public interface DirectoryStore {

  /** Registers or (on correction) updates an actor; another development's code is a conflict. */
  void saveActor(ActorCode code, String kind, Object names, DevelopmentId registeredBy);

  /** Registers or (on correction) updates a document. */
  void saveDocument(String documentId, DevelopmentContent registration, DevelopmentId registeredBy);
}
