package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
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

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
