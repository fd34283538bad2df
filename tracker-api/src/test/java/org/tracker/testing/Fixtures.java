package org.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Registers what a test needs, each with fresh codes so tests sharing a database stay apart. */
public final class Fixtures {

  private final Api api;

  public Fixtures(Api api) {
    this.api = api;
  }

  /** A fresh actor code such as {@code T-QX3K9Z} (an organisation: not bound to ISO codes). */
  public static String freshCode() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder("T-");
    for (int i = 0; i < 6; i++) {
      code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return code.toString();
  }

  public static String freshId() {
    return UUID.randomUUID().toString();
  }

  /** Registers an organisation with a fresh code and returns the code. */
  public String actor() {
    return actor("ORGANIZATION");
  }

  /** Registers an actor of a kind (PERSON, OTHER: not a STATE) with a fresh code; returns it. */
  public String actor(String kind) {
    String code = freshCode();
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "ACTOR_REGISTERED",
             "attributes": {"code": "%s", "kind": "%s",
                            "name": {"en": "Test actor %s", "zh-Hant": "測試 %s"}}}"""
                .formatted(code, kind, code, code));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return code;
  }

  /** Registers a document with a fresh id and returns the id. */
  public String document() {
    String id = "doc-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "DOCUMENT_REGISTERED",
             "attributes": {"documentId": "%s", "title": "A test source", "language": "en"}}"""
                .formatted(id));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return id;
  }

  /** Records a partnership (2010) between two actors citing the document; answers its id. */
  public String recordedPartnership(String a, String b, String document) {
    String id = freshId();
    Api.Response response =
        api.post(
            "/api/developments", partnership(id, a, b, "PARTNERSHIP", "夥伴關係", "2010", document));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return id;
  }

  /** The JSON of a partnership development between two actors. */
  public static String partnership(
      String id, String a, String b, String level, String label, String date, String document) {
    return """
        {"id": "%s", "type": "PARTNERSHIP_ESTABLISHED", "date": "%s", "actors": ["%s", "%s"],
         "attributes": {"level": "%s", "label": "%s"},
         "summary": {"en": "%s and %s become partners", "zh-Hant": "建立夥伴關係"},
         "sources": [{"document": "%s", "locator": "§1 ¶2", "quote": "%s"}]}"""
        .formatted(id, date, a, b, level, label, a, b, document, label);
  }

  /** The JSON of a watch item on one subject whose rule watches one type done by one actor. */
  public static String watchItem(
      String id, String question, String subject, String ruleType, String ruleActor, String doc) {
    return """
        {"id": "%s", "question": {"en": "%s"}, "subjects": ["%s"],
         "resolvesWhen": {"en": "A"}, "rule": {"types": ["%s"], "actors": ["%s"]},
         "reviewBy": "2030", "sources": [{"document": "%s", "locator": "p. 1"}]}"""
        .formatted(id, question, subject, ruleType, ruleActor, doc);
  }
}
