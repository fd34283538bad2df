package org.tracker.development.api;

/** A command broke a rule of the development's lifecycle; answered as 409, nothing recorded. */
public class DevelopmentRuleViolation extends RuntimeException {

  public DevelopmentRuleViolation(String message) {
    super(message);
  }
}
