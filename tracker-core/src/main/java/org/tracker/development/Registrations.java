package org.tracker.development;

import java.util.Optional;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/** What a registration registers, and how it may be repeated or corrected under its own key. */
public final class Registrations {

  private Registrations() {}

  /**
   * The actor code, document id or rung code a registration registers; null for other developments.
   */
  public static String keyOf(DevelopmentContent content) {
    return content.type().isRegistration() ? content.terms().subject() : null;
  }

  /**
   * References in which {@code key} (a registration's own code or document id) counts as not yet
   * taken, so that repeating or correcting that registration validates; null key: unchanged.
   */
  public static References keeping(String key, References references) {
    if (key == null) {
      return references;
    }
    return new References() {
      @Override
      public boolean actorExists(ActorCode code) {
        return !code.code().equals(key) && references.actorExists(code);
      }

      @Override
      public Optional<ActorKind> actorKind(ActorCode code) {
        return code.code().equals(key) ? Optional.empty() : references.actorKind(code);
      }

      @Override
      public boolean documentExists(String documentId) {
        return !documentId.equals(key) && references.documentExists(documentId);
      }

      @Override
      public Ladder ladder() {
        return references.ladder().without(key);
      }
    };
  }
}
