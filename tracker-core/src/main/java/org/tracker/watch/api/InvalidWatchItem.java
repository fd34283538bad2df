package org.tracker.watch.api;

import java.util.List;
import org.tracker.development.api.FieldViolation;

/** A watch item draft broke the rules; every broken field is named. Nothing was recorded. */
public class InvalidWatchItem extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidWatchItem(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid watch item"));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
