package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies one development across its versions; the client may choose it (idempotent capture).
 */
public record DevelopmentId(UUID value) {

  public DevelopmentId {
    Objects.requireNonNull(value, "value");
  }

  @JsonCreator
  public static DevelopmentId of(String text) {
    return new DevelopmentId(UUID.fromString(text));
  }

  /**
   * The id written in {@code text}, in UUID's canonical form only (Java's parser also takes forms
   * such as "1-1-1-1-1"); empty otherwise.
   */
  public static Optional<DevelopmentId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text)
          ? Optional.of(new DevelopmentId(uuid))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
