package org.tracker.shared;

import java.util.List;

/** Wrong input that no more particular refusal describes, with each wrong field named. */
public class Invalid extends Refusal {

  public Invalid(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public Invalid(List<FieldViolation> violations) {
    super(Category.INVALID, violations);
  }
}
