package org.tracker.development.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracker.development.api.DevelopmentDraft;

/**
 * A document registered together with the development that cites it: the attributes of a
 * DOCUMENT_REGISTERED, sent flat.
 */
@Schema(description = "A document to register in the same transaction as the development")
public record NewDocument(
    @Schema(description = "the id citations use", requiredMode = Schema.RequiredMode.REQUIRED)
        String documentId,
    @Schema(description = "title as printed", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
    String author,
    String affiliation,
    String publication,
    @Schema(description = "publication date, e.g. 2013-09") String published,
    @Schema(
            description = "BCP 47 language tag, e.g. zh-Hant",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String language,
    String url,
    @Schema(description = "reliability on the Admiralty scale, A–F", example = "B")
        String reliability) {

  /** The DOCUMENT_REGISTERED this document is recorded as (absent fields left out). */
  DevelopmentDraft draft() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    put(attributes, "documentId", documentId);
    put(attributes, "title", title);
    put(attributes, "author", author);
    put(attributes, "affiliation", affiliation);
    put(attributes, "publication", publication);
    put(attributes, "published", published);
    put(attributes, "language", language);
    put(attributes, "url", url);
    put(attributes, "reliability", reliability);
    return new DevelopmentDraft(null, "DOCUMENT_REGISTERED", null, null, attributes, null, null);
  }

  private static void put(Map<String, Object> attributes, String name, String value) {
    if (value != null) {
      attributes.put(name, value);
    }
  }
}
