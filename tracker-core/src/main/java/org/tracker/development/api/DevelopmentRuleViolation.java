package org.tracker.development.api;

import org.tracker.shared.Refusal;

/** A command broke a rule of the development's lifecycle; nothing recorded. */
public class DevelopmentRuleViolation extends Refusal {

  public DevelopmentRuleViolation(String message) {
    super(Category.RULE_VIOLATED, message);
  }
}
