package org.tracker.development.api;

import java.util.List;

/** A draft broke the vocabulary's rules; every broken field is named. Nothing was recorded. */
public class InvalidDevelopment extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidDevelopment(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid development"));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
