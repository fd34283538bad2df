package org.tracker.development.api;

import java.util.ArrayList;
import java.util.List;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Texts;

/**
 * The one rule for sources, wherever a person cites them (a development, a watch item): each
 * citation names a registered document and a locator (page, paragraph), may quote the passage and
 * may grade its credibility (1–6, {@link SourceGrades}); every text follows {@link Texts}. Every
 * problem is named by its field, e.g. {@code sources[0].document}.
 */
public final class Citations {

  private Citations() {}

  /**
   * The citations as kept, adding a violation for each problem.
   *
   * @param required whether at least one citation is needed
   */
  public static List<Citation> check(
      List<Citation> sources,
      boolean required,
      References references,
      List<FieldViolation> violations) {
    List<Citation> given = sources == null ? List.of() : sources;
    if (given.isEmpty() && required) {
      violations.add(
          new FieldViolation("sources", "cite at least one source: {document, locator, quote}"));
    }
    List<Citation> kept = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Citation c = given.get(i);
      String field = "sources[" + i + "]";
      if (c == null) {
        violations.add(new FieldViolation(field, "must be {document, locator, quote}"));
        continue;
      }
      String document = text(field + ".document", c.document(), violations);
      if (document != null && !references.documentExists(document)) {
        violations.add(
            new FieldViolation(
                field + ".document",
                "unknown document '"
                    + shorten(document)
                    + "'; register it first (DOCUMENT_REGISTERED)"));
      }
      String locator = text(field + ".locator", c.locator(), violations);
      String quote = c.quote() == null ? null : text(field + ".quote", c.quote(), violations);
      if (!SourceGrades.isCredibility(c.credibility())) {
        violations.add(
            new FieldViolation(field + ".credibility", SourceGrades.credibilityProblem()));
      }
      kept.add(new Citation(document, locator, quote, c.credibility()));
    }
    return kept;
  }

  private static String text(String field, String text, List<FieldViolation> violations) {
    String problem = text == null ? "must be a non-blank string" : Texts.problem(text);
    if (problem != null) {
      violations.add(
          new FieldViolation(
              field, "is blank".equals(problem) ? "must be a non-blank string" : problem));
      return null;
    }
    return text;
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
