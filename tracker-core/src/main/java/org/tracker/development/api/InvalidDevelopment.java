package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/** A draft broke the vocabulary's rules; every broken field is named. Nothing was recorded. */
public class InvalidDevelopment extends Refusal {

  public InvalidDevelopment(List<FieldViolation> violations) {
    super(Category.INVALID, violations);
  }
}
