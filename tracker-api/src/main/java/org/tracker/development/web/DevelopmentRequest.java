package org.tracker.development.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.shared.LocalizedText;

/**
 * The body of {@code POST /api/developments}: a development as {@link DevelopmentDraft} takes it,
 * plus any documents to register with it, all or nothing.
 */
@Schema(description = "A development, and optionally the new documents its sources cite")
public record DevelopmentRequest(
    String id,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources,
    @Schema(
            description =
                "documents to register in the same transaction as the development (its sources"
                    + " may cite them): a bad document records nothing, nor does a bad"
                    + " development; problems are named newDocuments[i].field")
        List<NewDocument> newDocuments) {

  DevelopmentDraft draft() {
    return new DevelopmentDraft(id, type, date, actors, attributes, summary, sources);
  }

  List<NewDocument> documents() {
    return newDocuments == null ? List.of() : newDocuments;
  }
}
