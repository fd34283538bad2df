package org.tracker.directory.api;

import java.util.Set;

/** The registered actors and documents, kept in the appending transaction (always current). */
public interface Directory {

  Set<String> actorCodes();

  Set<String> documentIds();
}
