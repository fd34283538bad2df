package org.tracker.infrastructure.web;

import java.util.List;
import org.tracker.shared.FieldViolation;

/** A request parameter or body that is wrong, with each wrong field named. Answered as 400. */
public class BadRequest extends RuntimeException {

  private final List<FieldViolation> violations;

  public BadRequest(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public BadRequest(List<FieldViolation> violations) {
    super(violations.get(0).field() + ": " + violations.get(0).message());
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
