package org.tracker.development;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracker.development.api.AttributeKind;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;

/**
 * Checks a {@link AttributeKind#CHOICES_BY_ACTOR} attribute (e.g. {@code obligationsOf}): a JSON
 * object naming at least one actor, each by its code and each with a list of distinct allowed
 * values; and, once the actors are checked, that every actor it names is one of the development's
 * own. Each problem is named at the actor's entry ({@code attributes.obligationsOf.RUS}). Used by
 * {@link DraftCheck}.
 */
final class ActorChoices {

  private ActorChoices() {}

  /**
   * The attribute's value, normalised: its valid entries (each problem of the others named, so the
   * draft is refused), or null when it has none.
   */
  static Map<String, Object> value(
      AttributeSpec spec, String field, Object value, DraftCheck check) {
    if (!(value instanceof Map<?, ?> byActor) || byActor.isEmpty()) {
      check.fail(
          field,
          "must be an object from actor code to a list of values from "
              + spec.allowed()
              + ", e.g. {\"CHN\": [\""
              + spec.allowed().get(0)
              + "\"]}");
      return null;
    }
    Map<String, Object> clean = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : byActor.entrySet()) {
      String code = String.valueOf(entry.getKey());
      String at = field + "." + code;
      if (!ActorCode.isValid(code)) {
        check.fail(at, "'" + code + "' is not an actor code");
      } else if (entry.getValue() instanceof List<?> list
          && !list.isEmpty()
          && list.stream().allMatch(v -> v instanceof String s && spec.allowed().contains(s))
          && list.stream().distinct().count() == list.size()) {
        clean.put(code, list.stream().map(Object::toString).toList());
      } else {
        check.fail(at, "must be a non-empty list of distinct values from " + spec.allowed());
      }
    }
    return clean.isEmpty() ? null : clean;
  }

  /**
   * Fails every actor a by-actor attribute names that is not among the development's actors: what
   * one party undertakes is said of a party the development is about.
   */
  static void amongTheActors(
      DevelopmentType type,
      Map<String, Object> attributes,
      List<ActorCode> actors,
      DraftCheck check) {
    for (AttributeSpec spec : type.attributes()) {
      if (spec.kind() == AttributeKind.CHOICES_BY_ACTOR
          && attributes.get(spec.name()) instanceof Map<?, ?> byActor) {
        for (Object code : byActor.keySet()) {
          if (!actors.contains(ActorCode.of(code.toString()))) {
            check.fail(
                "attributes." + spec.name() + "." + code,
                code
                    + " is not one of this development's actors "
                    + actors
                    + "; "
                    + spec.name()
                    + " speaks only of actors the development names");
          }
        }
      }
    }
  }
}
