package org.tracker.development.api;

import java.util.List;
import java.util.Map;
import org.tracker.shared.FieldViolation;

/**
 * A registration sent again says something else than what is registered under its key (another
 * kind, another title, another name in a language already named): a conflict naming the key and
 * each differing field. Nothing was recorded; to change what is registered, correct the
 * registration.
 */
public class RegistrationConflict extends DevelopmentRuleViolation {

  private final String key;

  /**
   * @param key the actor code, document id or rung code registered
   * @param differing each field that differs, with what is registered and what was sent
   */
  public RegistrationConflict(DevelopmentId id, String key, List<FieldViolation> differing) {
    super(
        Category.CONFLICT,
        differing.get(0).field(),
        key
            + " is registered already with other content ("
            + String.join(", ", differing.stream().map(FieldViolation::field).toList())
            + "); to change what is registered, correct the registration with POST"
            + " /api/developments/"
            + id
            + "/corrections",
        differing.stream()
            .map(f -> new FieldViolation(f.field(), key + " is " + f.message()))
            .toList(),
        Map.of("registered", key));
    this.key = key;
  }

  /** The code or document id the registration registers. */
  public String key() {
    return key;
  }
}
