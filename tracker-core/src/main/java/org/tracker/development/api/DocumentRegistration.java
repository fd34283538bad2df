package org.tracker.development.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A DOCUMENT_REGISTERED's attributes: the document's id, its bibliographic details and, where the
 * analyst graded it, its reliability (A–F, {@link SourceGrades}).
 */
public record DocumentRegistration(
    String documentId,
    String title,
    String author,
    String affiliation,
    String publication,
    String published,
    String language,
    String url,
    String reliability)
    implements Terms {

  @Override
  public String subject() {
    return documentId;
  }

  @Override
  public List<String> searchable() {
    List<String> texts = new ArrayList<>(1);
    if (title != null) {
      texts.add(title);
    }
    return texts;
  }
}
