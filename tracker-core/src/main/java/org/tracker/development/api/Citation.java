package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a development comes from: a registered document, a locator in it (page, section and
 * paragraph, footnote), where there is one the verbatim quote, and where the analyst graded it the
 * information's credibility on the Admiralty scale (1 confirmed … 6 cannot be judged; see {@link
 * SourceGrades}). Citations recorded before grades existed have none and read as they were.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String document, String locator, String quote, Integer credibility) {

  /** An ungraded citation. */
  public Citation(String document, String locator, String quote) {
    this(document, locator, quote, null);
  }
}
