package org.tracker.infrastructure.web;

import java.util.List;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/**
 * A request parameter, header or body the web layer cannot read, with each wrong field named. Only
 * controllers and filters throw it; services refuse input with the core's refusals.
 */
public class BadRequest extends Refusal {

  public BadRequest(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public BadRequest(List<FieldViolation> violations) {
    super(Category.INVALID, violations);
  }
}
