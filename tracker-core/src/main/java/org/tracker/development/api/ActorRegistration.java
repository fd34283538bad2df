package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.LocalizedText;

/** An ACTOR_REGISTERED's attributes: the actor's code, kind (GROUP read as OTHER) and names. */
public record ActorRegistration(ActorCode code, ActorKind kind, LocalizedText name)
    implements Terms {

  @Override
  public String subject() {
    return code.code();
  }

  @Override
  public List<String> searchable() {
    return List.copyOf(name.texts().values());
  }
}
