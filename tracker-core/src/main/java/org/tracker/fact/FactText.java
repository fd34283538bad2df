package org.tracker.fact;

import java.util.Locale;
import java.util.StringJoiner;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.ProjectDefinition;
import org.tracker.development.api.Terms;

/** What a fact's text search looks in, and which subject and parent a fact is about. */
public final class FactText {

  private FactText() {}

  /** Summaries in every language, quotes, labels, titles and names, lower-cased. */
  public static String searchable(DevelopmentContent content) {
    StringJoiner text = new StringJoiner("\n");
    if (content.summary() != null) {
      content.summary().texts().values().forEach(s -> add(text, s));
    }
    for (Citation source : content.sources()) {
      add(text, source.quote());
    }
    content.terms().searchable().forEach(s -> add(text, s));
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** The agreement, project, proposal, organisation, document, actor or rung the fact is about. */
  public static String subject(DevelopmentContent content) {
    return content.terms().subject();
  }

  /** The project a project's definition says it is part of; null for any other fact. */
  public static String parent(DevelopmentContent content) {
    Terms terms = content.terms();
    return terms instanceof ProjectDefinition p ? p.parent() : null;
  }

  private static void add(StringJoiner text, String value) {
    if (value != null && !value.isBlank()) {
      text.add(value);
    }
  }
}
