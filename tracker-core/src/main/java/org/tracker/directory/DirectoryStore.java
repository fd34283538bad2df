package org.tracker.directory;

import org.tracker.development.api.ActorRegistration;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DocumentRegistration;
import org.tracker.development.api.Rung;

/** The directory's rows, written in the transaction that appends the registration. */
public interface DirectoryStore {

  /** Registers or (on correction) updates an actor; another development's code is a conflict. */
  void saveActor(ActorRegistration actor, DevelopmentId registeredBy);

  /** Registers or (on correction) updates a document. */
  void saveDocument(DocumentRegistration document, DevelopmentId registeredBy);

  /**
   * Registers or (on correction) updates a rung of the partnership ladder; another development's
   * code, or a rank another rung holds, is a conflict.
   */
  void saveRung(Rung rung, DevelopmentId registeredBy);
}
