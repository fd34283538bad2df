package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A citation as answers show it: the citation (document, locator, quote, its credibility 1–6) with
 * the cited document's reliability (A–F) as the directory now grades it. Either grade is absent
 * when not given (see {@link SourceGrades}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
    String document, String locator, String quote, Integer credibility, String reliability) {

  /** Each citation with its document's reliability from {@code reliabilities} (by document id). */
  public static List<SourceView> of(List<Citation> sources, Map<String, String> reliabilities) {
    if (sources == null) {
      return null;
    }
    return sources.stream()
        .map(
            c ->
                new SourceView(
                    c.document(),
                    c.locator(),
                    c.quote(),
                    c.credibility(),
                    c.document() == null ? null : reliabilities.get(c.document())))
        .toList();
  }
}
