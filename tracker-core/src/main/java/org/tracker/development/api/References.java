package org.tracker.development.api;

import java.util.Optional;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.PartialDate;

/** What a development may refer to: registered actors, documents and rungs of the ladder. */
public interface References {

  boolean actorExists(ActorCode code);

  /** A registered actor's kind; empty when the actor is not registered. */
  Optional<ActorKind> actorKind(ActorCode code);

  boolean documentExists(String documentId);

  /**
   * When a registered document was published ({@code published}), or null when it is not known
   * (this default) or not registered.
   */
  default PartialDate documentDate(String documentId) {
    return null;
  }

  /**
   * The partnership ladder in use: the default rungs and those registered. Without registered rungs
   * (this default) only the default ladder is known.
   */
  default Ladder ladder() {
    return Ladder.defaults();
  }
}
