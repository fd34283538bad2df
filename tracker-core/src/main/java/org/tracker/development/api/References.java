package org.tracker.development.api;

import org.tracker.shared.ActorCode;

/** What a development may refer to: registered actors and documents. */
public interface References {

  boolean actorExists(ActorCode code);

  boolean documentExists(String documentId);
}
