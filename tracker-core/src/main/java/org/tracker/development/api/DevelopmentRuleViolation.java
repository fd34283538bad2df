package org.tracker.development.api;

/**
 * A command broke a rule of the development's lifecycle; nothing is recorded. {@code field} names
 * what in the request broke it (for an import's line report), e.g. {@code version}.
 */
public class DevelopmentRuleViolation extends RuntimeException {

  private final String field;

  public DevelopmentRuleViolation(String message) {
    this("id", message);
  }

  public DevelopmentRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
