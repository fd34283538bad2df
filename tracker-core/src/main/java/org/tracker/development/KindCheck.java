package org.tracker.development;

import java.util.List;
import java.util.Map;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/**
 * What a development asks of the kinds of the actors it names: a role is held by a PERSON, for an
 * actor that is not one. Asked of the references after the actors and attributes have been checked
 * (an unregistered actor is named there already). Used by {@link DevelopmentValidator}.
 */
final class KindCheck {

  private KindCheck() {}

  static void check(
      DraftCheck check,
      DevelopmentType type,
      List<ActorCode> actors,
      Map<String, Object> attributes) {
    if (!DevelopmentType.role().contains(type)) {
      return;
    }
    if (actors.size() == 1) {
      ActorCode person = actors.get(0);
      check
          .references
          .actorKind(person)
          .filter(kind -> kind != ActorKind.PERSON)
          .ifPresent(
              kind ->
                  check.fail(
                      "actors[0]",
                      person + " is registered as " + kind + "; a role is held by a PERSON"));
    }
    if (attributes.get("for") instanceof String code) {
      ActorCode principal = ActorCode.of(code);
      check
          .references
          .actorKind(principal)
          .filter(kind -> kind == ActorKind.PERSON)
          .ifPresent(
              kind ->
                  check.fail(
                      "attributes.for",
                      principal
                          + " is a PERSON; a role is held for a state, an organisation or"
                          + " another actor that is not a person"));
    }
  }
}
