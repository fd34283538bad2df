package org.tracker.relationship.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;
import org.tracker.shared.LocalizedText;

/**
 * The partnership in force: its ladder level (the rung's code) and that rung's names, the
 * partnership's verbatim label, since when and how sure.
 */
public record PartnershipView(
    String level,
    LocalizedText levelName,
    String label,
    String labelEn,
    String since,
    Certainty certainty) {
  /** How the source hedged {@code since} (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("dateQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier dateQualifier() {
    return DateQualifier.of(since);
  }
}
