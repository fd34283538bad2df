package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;

/** An ACTOR_REGISTERED's attributes: the actor's code, kind and names. */
public record ActorRegistration(ActorCode code, String kind, LocalizedText name) implements Terms {

  @Override
  public String subject() {
    return code.code();
  }

  @Override
  public List<String> searchable() {
    return List.copyOf(name.texts().values());
  }
}
