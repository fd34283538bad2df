package org.tracker.directory.api;

import java.util.Collection;
import java.util.Map;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/** The kinds of registered actors, asked for many at once. */
@FunctionalInterface
public interface ActorKinds {

  /** Those of these actors that are registered, each with its kind. */
  Map<ActorCode, ActorKind> of(Collection<ActorCode> actors);
}
