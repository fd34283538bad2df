package org.tracker.development.web;

import java.util.List;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/**
 * A new document of a development request refused: the registration's refusal with its fields named
 * as the request names them ({@code attributes.title} of the second document: {@code
 * newDocuments[1].title}).
 */
final class NewDocumentRefused extends Refusal {

  private NewDocumentRefused(Refusal refusal, List<FieldViolation> violations) {
    super(
        refusal.category(),
        violations.isEmpty()
            ? refusal.detail()
            : violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow(),
        violations,
        refusal.properties(),
        refusal);
  }

  /** A null where a document was expected. */
  static NewDocumentRefused missing(int index) {
    String field = "newDocuments[" + index + "]";
    return new NewDocumentRefused(
        Category.INVALID,
        field + ": must be {documentId, title, language, reliability…}",
        List.of(new FieldViolation(field, "must be {documentId, title, language, reliability…}")));
  }

  private NewDocumentRefused(Category category, String detail, List<FieldViolation> violations) {
    super(category, detail, violations, java.util.Map.of(), null);
  }

  static NewDocumentRefused of(int index, Refusal refusal) {
    String prefix = "newDocuments[" + index + "]";
    List<FieldViolation> renamed =
        refusal.violations().stream()
            .map(v -> new FieldViolation(renamed(prefix, v.field()), v.message()))
            .toList();
    return new NewDocumentRefused(refusal, renamed);
  }

  private static String renamed(String prefix, String field) {
    if (field != null && field.startsWith("attributes.")) {
      return prefix + "." + field.substring("attributes.".length());
    }
    if (field != null && field.equals("attributes")) {
      return prefix;
    }
    return prefix;
  }
}
