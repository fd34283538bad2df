package org.tracker.directory.api;

import java.util.Map;
import java.util.Set;
import org.tracker.shared.ActorKind;

/** The registered actors and documents, kept in the appending transaction (always current). */
public interface Directory {

  /** Every registered actor's code, with its kind. */
  Map<String, ActorKind> actorKinds();

  Set<String> documentIds();

  /** A registered actor: code, kind and names. */
  record Actor(String code, String kind, String nameEn, String nameZhHant) {}

  java.util.Optional<Actor> actor(String code);

  /** Every registered actor, by code. */
  java.util.List<Actor> actors();

  /**
   * A registered source document: id, title, author, year, language and reliability (A–F, null when
   * ungraded).
   */
  record Document(
      String id,
      String title,
      String author,
      String published,
      String language,
      String reliability) {}

  /** Every registered document, by id. */
  java.util.List<Document> documents();

  /** The reliability of each of these documents that has one (A–F), by document id. */
  java.util.Map<String, String> reliabilities(java.util.Collection<String> documentIds);
}
