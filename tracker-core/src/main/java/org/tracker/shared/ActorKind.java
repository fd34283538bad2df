package org.tracker.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an actor is: a state, an organisation, a person (who may hold a role for a state), or
 * anything else (a party, an armed group, a company). Logs recorded before OTHER existed say {@code
 * GROUP}: it is read as OTHER, and still accepted, so that such a log exports and imports again
 * unchanged.
 */
public enum ActorKind {
  STATE,
  ORGANIZATION,
  PERSON,
  OTHER;

  /** The kind older logs named for what is now OTHER. */
  public static final String GROUP = "GROUP";

  /** The value that asks for every kind in a filter. */
  public static final String ALL = "all";

  /** The names a registration's {@code kind} takes: the four kinds, then GROUP (read as OTHER). */
  public static List<String> registrable() {
    List<String> names = new ArrayList<>();
    for (ActorKind kind : values()) {
      names.add(kind.name());
    }
    names.add(GROUP);
    return Collections.unmodifiableList(names);
  }

  /** The kind a registration names (GROUP: OTHER); empty when the name is none of them. */
  public static Optional<ActorKind> named(String name) {
    if (GROUP.equals(name)) {
      return Optional.of(OTHER);
    }
    for (ActorKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind a (validated) registration names.
   *
   * @throws IllegalArgumentException when it names none
   */
  public static ActorKind of(String name) {
    return named(name)
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an actor kind"));
  }

  /**
   * The kinds a request asks for: each value a kind's name (any case) or {@code all}; none given
   * means states only — whom an actor's relationships list by default.
   *
   * @throws Invalid naming {@code field}, when a value is neither
   */
  public static Set<ActorKind> filter(String field, Collection<String> values) {
    if (values == null || values.isEmpty()) {
      return Collections.unmodifiableSet(EnumSet.of(STATE));
    }
    Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
    List<String> wrong = new ArrayList<>();
    for (String value : values) {
      String name = value == null ? "" : value.trim();
      if (name.equalsIgnoreCase(ALL)) {
        kinds.addAll(EnumSet.allOf(ActorKind.class));
        continue;
      }
      named(name.toUpperCase(Locale.ROOT))
          .ifPresentOrElse(kinds::add, () -> wrong.add("'" + shortened(name) + "'"));
    }
    if (!wrong.isEmpty() || kinds.isEmpty()) {
      throw new Invalid(
          field,
          (wrong.isEmpty()
                  ? "is empty"
                  : String.join(", ", wrong)
                      + (wrong.size() == 1 ? " is not a kind" : " are not kinds"))
              + "; one or more of "
              + List.of(values())
              + ", or "
              + ALL);
    }
    return Collections.unmodifiableSet(kinds);
  }

  private static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
