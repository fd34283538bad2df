package org.tracker.development.api;

import java.util.Optional;
import java.util.function.Predicate;
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
   * Whether a development is recorded and not retracted (what an analyst's {@link
   * DevelopmentType#CLAIM_PREFERRED} may name). References that know the directory only (this
   * default) know no development; see {@link #knowing}.
   */
  default boolean developmentStands(DevelopmentId id) {
    return false;
  }

  /** These references, knowing which developments stand from {@code stands}. */
  default References knowing(Predicate<DevelopmentId> stands) {
    References directory = this;
    return new References() {
      @Override
      public boolean actorExists(ActorCode code) {
        return directory.actorExists(code);
      }

      @Override
      public Optional<ActorKind> actorKind(ActorCode code) {
        return directory.actorKind(code);
      }

      @Override
      public boolean documentExists(String documentId) {
        return directory.documentExists(documentId);
      }

      @Override
      public PartialDate documentDate(String documentId) {
        return directory.documentDate(documentId);
      }

      @Override
      public Ladder ladder() {
        return directory.ladder();
      }

      @Override
      public boolean developmentStands(DevelopmentId id) {
        return stands.test(id);
      }
    };
  }

  /**
   * The partnership ladder in use: the default rungs and those registered. Without registered rungs
   * (this default) only the default ladder is known.
   */
  default Ladder ladder() {
    return Ladder.defaults();
  }
}
