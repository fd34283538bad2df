package org.tracker.development.api;

import java.util.List;
import java.util.Map;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/**
 * A command broke a rule of the development's lifecycle; nothing is recorded. {@code field} names
 * what in the request broke it (for an import's line report), e.g. {@code version}.
 */
public class DevelopmentRuleViolation extends Refusal {

  private final String field;

  public DevelopmentRuleViolation(String message) {
    this("id", message);
  }

  public DevelopmentRuleViolation(String field, String message) {
    this(Category.RULE_VIOLATED, field, message);
  }

  protected DevelopmentRuleViolation(Category category, String field, String message) {
    super(category, message);
    this.field = field;
  }

  /** A refusal naming several fields, with facts the caller needs by name. */
  protected DevelopmentRuleViolation(
      Category category,
      String field,
      String message,
      List<FieldViolation> violations,
      Map<String, Object> properties) {
    super(category, message, violations, properties, null);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
