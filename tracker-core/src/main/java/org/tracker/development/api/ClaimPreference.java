package org.tracker.development.api;

import java.util.List;

/**
 * An analyst's choice between competing claims: the development preferred (its id) and why. Its
 * subject is the preferred development, so the preferences naming a claim are found by its id.
 */
public record ClaimPreference(String preferred, String reason) implements Terms {

  @Override
  public String subject() {
    return preferred;
  }

  @Override
  public List<String> searchable() {
    return reason == null ? List.of() : List.of(reason);
  }
}
