package org.tracker.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request refused, and nothing recorded: the kind of refusal ({@link Category}), a sentence for a
 * person ({@link #detail()}), every wrong field when the input is at fault, and any facts the
 * caller needs to act on (such as the state that refused a step). The domain says what kind of
 * refusal it is; the edge alone decides how that is told (over HTTP, a status and a title).
 */
public abstract class Refusal extends RuntimeException {

  /** What kind of refusal: the edge answers each kind one way. */
  public enum Category {
    /** The input is wrong: a missing or malformed field, a value out of range. */
    INVALID,
    /** Nothing is known under the name asked for. */
    NOT_FOUND,
    /** It clashes with what exists: an id taken for other content, a concurrent change. */
    CONFLICT,
    /** A rule forbids it in the present state (retracting twice, resolving a dropped item). */
    RULE_VIOLATED,
    /** More than is accepted at once: a file over its line limit, a body over its size. */
    TOO_LARGE,
    /** The caller's role does not allow it. */
    FORBIDDEN,
    /** The caller already holds as many of something as it may. */
    TOO_MANY,
    /** The request came too slowly: its body arrived slower than is accepted. */
    TOO_SLOW,
    /** Not possible for a while (a store out of reach); the same request may succeed later. */
    UNAVAILABLE
  }

  private final Category category;
  private final List<FieldViolation> violations;
  private final Map<String, Object> properties;

  protected Refusal(Category category, String detail) {
    this(category, detail, List.of(), Map.of(), null);
  }

  /** A refusal of wrong input, naming each wrong field; the detail lists them all. */
  protected Refusal(Category category, List<FieldViolation> violations) {
    this(category, describe(violations), violations, Map.of(), null);
  }

  /**
   * @param properties facts the answer carries by name besides the detail (kept in their order)
   * @param cause what made it happen, or null
   */
  protected Refusal(
      Category category,
      String detail,
      List<FieldViolation> violations,
      Map<String, Object> properties,
      Throwable cause) {
    super(detail, cause);
    this.category = Objects.requireNonNull(category, "category");
    this.violations = List.copyOf(violations);
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public Category category() {
    return category;
  }

  /** What was refused and why, for a person. */
  public String detail() {
    return getMessage();
  }

  /** Each wrong field, when the input is at fault; otherwise empty. */
  public List<FieldViolation> violations() {
    return violations;
  }

  /** Facts the caller needs to act on, by name (e.g. {@code currentStatus}); often empty. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** The violations as one sentence: {@code field: message; field: message}. */
  private static String describe(List<FieldViolation> violations) {
    return violations.isEmpty()
        ? "the input is not valid"
        : violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; "));
  }
}
