package org.tracker.development;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.Citation;
import org.tracker.development.api.Citations;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.ProjectMilestone;
import org.tracker.development.api.References;
import org.tracker.development.api.Rung;
import org.tracker.shared.ActorCode;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.InvalidPartialDate;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Slug;
import org.tracker.shared.Texts;

/**
 * One draft's checks, field by field, collecting every violation: the id, the type, the partial
 * date, each attribute by its kind in the vocabulary, the actors, the summary and the sources. What
 * exists is asked of {@link References}. Used by {@link DevelopmentValidator}.
 */
final class DraftCheck {

  private static final int MAX_TEXT = Texts.MAX;

  final References references;
  final List<FieldViolation> violations = new ArrayList<>();
  private Ladder ladder;

  DraftCheck(References references) {
    this.references = references;
  }

  void fail(String field, String message) {
    violations.add(new FieldViolation(field, message));
  }

  /** The ladder in use, asked once per draft. */
  Ladder ladder() {
    if (ladder == null) {
      ladder = references.ladder();
    }
    return ladder;
  }

  DevelopmentId id(String text, UUID newId) {
    if (text == null) {
      return new DevelopmentId(newId);
    }
    return DevelopmentId.parse(text)
        .orElseGet(
            () -> {
              fail("id", "must be a UUID such as 0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a");
              return null;
            });
  }

  DevelopmentType type(String name) {
    if (name == null || name.isBlank()) {
      fail("type", "is required; one of " + List.of(DevelopmentType.values()));
      return null;
    }
    return DevelopmentType.named(name)
        .orElseGet(
            () -> {
              fail(
                  "type",
                  "'"
                      + shorten(name)
                      + "' is not a development type; one of "
                      + List.of(DevelopmentType.values()));
              return null;
            });
  }

  PartialDate date(DevelopmentType type, String text) {
    if (text == null && !type.isDated()) {
      return null;
    }
    if (type == DevelopmentType.CLAIM_PREFERRED) {
      fail("date", "a CLAIM_PREFERRED has no date: it judges claims, which keep their own dates");
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidPartialDate e) {
      fail("date", e.getMessage());
      return null;
    }
  }

  List<ActorCode> actors(DevelopmentType type, List<String> codes, Map<String, Object> attributes) {
    if (type == DevelopmentType.ACTOR_REGISTERED) {
      Object code = attributes.get("code");
      if (codes != null && !codes.isEmpty() && !(codes.size() == 1 && codes.get(0).equals(code))) {
        fail("actors", "must be empty or name only the registered actor");
      }
      return code == null ? List.of() : List.of(ActorCode.of(code.toString()));
    }
    List<String> given = codes == null ? List.of() : codes;
    if (given.size() < type.minActors() || given.size() > type.maxActors()) {
      fail("actors", type + " takes " + arity(type) + " actor(s), got " + given.size());
    }
    List<ActorCode> actors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String code = given.get(i);
      String field = "actors[" + i + "]";
      if (!ActorCode.isValid(code)) {
        fail(field, "'" + shorten(code) + "' is not an actor code");
      } else if (!seen.add(code)) {
        fail(field, code + " is named twice");
      } else if (!references.actorExists(ActorCode.of(code))) {
        fail(field, "unknown actor " + code + "; register it first (ACTOR_REGISTERED)");
      } else {
        actors.add(ActorCode.of(code));
      }
    }
    return actors;
  }

  Map<String, Object> attributes(DevelopmentType type, Map<String, Object> given) {
    Map<String, Object> raw = given == null ? Map.of() : given;
    for (String name : raw.keySet()) {
      if (type.attribute(name).isEmpty()) {
        fail(
            "attributes." + name,
            "is not an attribute of "
                + type
                + "; it takes "
                + type.attributes().stream()
                    .map(AttributeSpec::name)
                    .collect(Collectors.joining(", ")));
      }
    }
    Map<String, Object> normalised = new LinkedHashMap<>();
    for (AttributeSpec spec : type.attributes()) {
      Object value = raw.get(spec.name());
      String field = "attributes." + spec.name();
      if (value == null) {
        if (spec.required()) {
          fail(field, "is required for " + type + " (" + spec.description() + ")");
        }
        continue;
      }
      Object clean = attribute(spec, field, value);
      if (clean != null) {
        normalised.put(spec.name(), clean);
      }
    }
    if (type == DevelopmentType.ACTOR_REGISTERED
        && "STATE".equals(normalised.get("kind"))
        && normalised.get("code") instanceof String code
        && !ActorCode.isStateCode(code)) {
      fail("attributes.code", ActorCode.STATE_CODES);
      normalised.remove("code");
    }
    if (type == DevelopmentType.PROJECT_MILESTONE
        && "PLANNED".equals(normalised.get("status"))
        && !normalised.containsKey("expected")
        && raw.get("expected") == null) {
      fail("attributes.expected", "is required for a PLANNED milestone: when it is expected");
    }
    if (type == DevelopmentType.PROJECT_MILESTONE
        && normalised.get("milestone") instanceof String slip
        && ProjectMilestone.SLIPS.contains(slip)) {
      if (!normalised.containsKey("delays") && raw.get("delays") == null) {
        fail("attributes.delays", "is required for a " + slip + " milestone: whose forecast moves");
      }
      if ("PLANNED".equals(normalised.get("status"))) {
        fail(
            "attributes.status",
            "a " + slip + " milestone happened (ACTUAL); its new date is `expected`");
      }
    }
    if (type == DevelopmentType.DOCUMENT_REGISTERED
        && normalised.get("documentId") instanceof String documentId
        && references.documentExists(documentId)) {
      fail("attributes.documentId", "document '" + documentId + "' is already registered");
    }
    return normalised;
  }

  Object attribute(AttributeSpec spec, String field, Object value) {
    switch (spec.kind()) {
      case TEXT -> {
        return text(field, value);
      }
      case CHOICE -> {
        if (value instanceof String s && spec.allowed().contains(s)) {
          return s;
        }
        fail(field, "must be one of " + spec.allowed());
        return null;
      }
      case CHOICES -> {
        if (value instanceof List<?> list
            && list.stream().allMatch(v -> v instanceof String s && spec.allowed().contains(s))
            && list.stream().distinct().count() == list.size()) {
          return list.stream().map(Object::toString).toList();
        }
        fail(field, "must be a list of distinct values from " + spec.allowed());
        return null;
      }
      case CHOICES_BY_ACTOR -> {
        return ActorChoices.value(spec, field, value, this);
      }
      case LEVEL -> {
        if (value instanceof String code && ladder().rung(code).isPresent()) {
          return code;
        }
        fail(field, "must be one of " + ladder().codes());
        return null;
      }
      case NEW_LEVEL -> {
        if (!(value instanceof String code) || !Rung.isCode(code)) {
          fail(field, "must be a rung's code: UPPER_SNAKE, up to " + Rung.MAX_CODE + " characters");
          return null;
        }
        if (ladder().rung(code).isPresent()) {
          fail(field, code + " is already a rung of the ladder");
          return null;
        }
        return code;
      }
      case RANK -> {
        Integer rank = AttributeValues.wholeNumber(value);
        if (rank == null) {
          fail(field, "must be a whole number");
          return null;
        }
        var refused = ladder().rankRefusal(rank);
        if (refused.isPresent()) {
          fail(field, refused.get());
          return null;
        }
        return new BigDecimal(rank);
      }
      case ACTOR -> {
        if (!(value instanceof String code) || !ActorCode.isValid(code)) {
          fail(field, "must be an actor code");
          return null;
        }
        if (!references.actorExists(ActorCode.of(code))) {
          fail(field, "unknown actor " + code + "; register it first (ACTOR_REGISTERED)");
          return null;
        }
        return code;
      }
      case NEW_ACTOR -> {
        if (!(value instanceof String code) || !ActorCode.isValid(code)) {
          fail(field, "must be an actor code: A-Z, 0-9 and '-', 2–32 characters");
          return null;
        }
        if (references.actorExists(ActorCode.of(code))) {
          fail(field, code + " is already registered");
          return null;
        }
        return code;
      }
      case REF -> {
        if (value instanceof String ref && Slug.isValid(ref)) {
          return ref;
        }
        fail(field, "must be an id of a-z, 0-9 and '-', up to 80 characters");
        return null;
      }
      case DEVELOPMENT -> {
        DevelopmentId id = value instanceof String s ? DevelopmentId.parse(s).orElse(null) : null;
        if (id == null) {
          fail(field, "must be a development id (a UUID)");
          return null;
        }
        if (!references.developmentStands(id)) {
          fail(field, "no development " + id + " is recorded, or it is retracted");
          return null;
        }
        return id.toString();
      }
      case DATE -> {
        try {
          return PartialDate.parse(value instanceof String s ? s : null).toString();
        } catch (InvalidPartialDate e) {
          fail(field, e.getMessage());
          return null;
        }
      }
      case NUMBER -> {
        if (value instanceof Number n) {
          try {
            return new BigDecimal(n.toString());
          } catch (NumberFormatException e) {
            // NaN or infinite: falls through
          }
        }
        fail(field, "must be a number");
        return null;
      }
      case BOOLEAN -> {
        if (value instanceof Boolean b) {
          return b;
        }
        fail(field, "must be true or false");
        return null;
      }
      case NAMES -> {
        if (!(value instanceof Map<?, ?> names)
            || !names.values().stream().allMatch(n -> n == null || n instanceof String)) {
          fail(
              field,
              "must be names by BCP-47 language tag, e.g. {\"en\": \"…\", \"zh-Hant\": \"…\"}");
          return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        names.forEach((tag, name) -> given.put(String.valueOf(tag), (String) name));
        LocalizedText clean = localized(field, LocalizedText.read(given));
        return clean == null ? null : new LinkedHashMap<String, Object>(clean.texts());
      }
      case URL -> {
        if (AttributeValues.isHttpUrl(value)) {
          return value;
        }
        fail(field, "must be an http(s) URL");
        return null;
      }
      default -> throw new IllegalStateException("unhandled kind " + spec.kind());
    }
  }

  String text(String field, Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      fail(field, "must be a non-blank string");
      return null;
    }
    if (s.length() > MAX_TEXT) {
      fail(field, "is longer than " + MAX_TEXT + " characters");
      return null;
    }
    return s;
  }

  LocalizedText summary(DevelopmentType type, LocalizedText summary) {
    if (summary == null || summary.isEmpty()) {
      if (type.isDated()) { // a registration or a choice between claims says itself what it is
        localized("summary", LocalizedText.read(Map.of()));
      }
      return null;
    }
    return localized("summary", summary);
  }

  /** A text by language, checked by its own rules; null (and each problem named) if invalid. */
  LocalizedText localized(String field, LocalizedText text) {
    List<LocalizedText.Problem> problems = text.problems(MAX_TEXT);
    problems.forEach(p -> fail(p.tag() == null ? field : field + "." + p.tag(), p.message()));
    return problems.isEmpty() ? text : null;
  }

  List<Citation> sources(DevelopmentType type, List<Citation> sources) {
    return Citations.check(sources, !type.isRegistration(), references, violations);
  }

  private static String arity(DevelopmentType type) {
    if (type.maxActors() == Integer.MAX_VALUE) {
      return "at least " + type.minActors();
    }
    return type.minActors() == type.maxActors()
        ? "exactly " + type.minActors()
        : type.minActors() + "–" + type.maxActors();
  }

  private static String shorten(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
