package org.tracker.fact;

import java.util.Locale;
import java.util.StringJoiner;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;

/** What a fact's text search looks in, and which subject and parent a fact is about. */
public final class FactText {

  private FactText() {}

  /** Summaries in every language, quotes, labels and titles, lower-cased. */
  public static String searchable(DevelopmentContent content) {
    StringJoiner text = new StringJoiner("\n");
    if (content.summary() != null) {
      content.summary().texts().values().forEach(s -> add(text, s));
    }
    for (Citation source : content.sources()) {
      add(text, source.quote());
    }
    for (String attribute :
        new String[] {"label", "labelEn", "title", "titleEn", "body", "place"}) {
      add(text, content.text(attribute));
    }
    Object name = content.attributes().get("name");
    if (name instanceof java.util.Map<?, ?> names) {
      names.values().forEach(n -> add(text, String.valueOf(n)));
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** The agreement, project, proposal, organisation, document or actor the fact is about. */
  public static String subject(DevelopmentContent content) {
    for (String attribute :
        new String[] {
          "agreementId", "projectId", "proposalId", "organization", "documentId", "code"
        }) {
      String value = content.text(attribute);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static void add(StringJoiner text, String value) {
    if (value != null && !value.isBlank()) {
      text.add(value);
    }
  }
}
