package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * A development and the new documents it cites, in one request, all or nothing: the documents are
 * registered with their grade and the development cites them; a bad development leaves no new
 * document behind, and a bad new document leaves no development, named newDocuments[i].field.
 */
@TrackerIntegrationTest
class NewDocumentsWithADevelopmentIT {

  @LocalServerPort int port;

  Api api;
  Fixtures fixtures;
  String a;
  String b;
  String existing;

  @BeforeEach
  void setUp() {
    api = new Api(port).as("analyst");
    fixtures = new Fixtures(new Api(port));
    a = fixtures.actor();
    b = fixtures.actor();
    existing = fixtures.document();
  }

  @Test
  void oneRequestRegistersANewDocumentAndRecordsTheDevelopmentCitingItAndAnExistingOne() {
    String doc = "doc-" + freshId().substring(0, 8);
    String id = freshId();
    Api.Response response =
        api.post(
            "/api/developments",
            partnership(id, "2013-09", doc, newDocument(doc, "\"title\": \"Joint statement\"")));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.json().at("/sources/0/document").asText()).isEqualTo(doc);
    assertThat(response.json().at("/sources/0/reliability").asText()).isEqualTo("B");
    assertThat(response.json().at("/sources/1/document").asText()).isEqualTo(existing);

    JsonNode development = get("/api/developments/" + id);
    assertThat(development.path("sources").findValuesAsText("document"))
        .containsExactly(doc, existing);
    JsonNode document = registered(doc);
    assertThat(document).isNotNull();
    assertThat(document.path("title").asText()).isEqualTo("Joint statement");
    assertThat(document.path("language").asText()).isEqualTo("zh-Hant");
    assertThat(document.path("reliability").asText()).isEqualTo("B");
  }

  @Test
  void aBadDevelopmentIsRefusedAndTheNewDocumentIsNotRegistered() {
    String doc = "doc-" + freshId().substring(0, 8);
    Api.Response refused =
        api.post(
            "/api/developments",
            partnership(
                freshId(), "not a date", doc, newDocument(doc, "\"title\": \"Joint statement\"")));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("date");
    assertThat(registered(doc)).isNull();
  }

  @Test
  void aBadNewDocumentIsRefusedNamingItsFieldAndNothingIsWritten() {
    String doc = "doc-" + freshId().substring(0, 8);
    String id = freshId();
    Api.Response refused =
        api.post(
            "/api/developments",
            partnership(id, "2013-09", doc, newDocument(doc, "\"title\": \"  \"")));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("errors").findValuesAsText("field"))
        .containsExactly("newDocuments[0].title");
    assertThat(registered(doc)).isNull();
    assertThat(api.get("/api/developments/" + id).status()).isEqualTo(404);
  }

  private static String newDocument(String doc, String title) {
    return """
        {"documentId": "%s", %s, "language": "zh-Hant", "reliability": "B"}"""
        .formatted(doc, title);
  }

  private String partnership(String id, String date, String doc, String newDocument) {
    return """
        {"id": "%s", "type": "PARTNERSHIP_ESTABLISHED", "date": "%s", "actors": ["%s", "%s"],
         "attributes": {"level": "PARTNERSHIP", "label": "夥伴關係"},
         "summary": {"en": "partners"},
         "sources": [{"document": "%s", "locator": "whole document"},
                     {"document": "%s", "locator": "§1 ¶2", "credibility": 2}],
         "newDocuments": [%s]}"""
        .formatted(id, date, a, b, doc, existing, newDocument);
  }

  /** The document as GET /api/documents lists it, or null when it is not registered. */
  private JsonNode registered(String doc) {
    for (JsonNode document : get("/api/documents")) {
      if (document.path("id").asText().equals(doc)) {
        return document;
      }
    }
    return null;
  }

  private JsonNode get(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }
}
