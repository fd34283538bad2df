package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Sources graded on the Admiralty scale: a document's reliability (A–F) on its registration, a
 * citation's credibility (1–6), both answered with every source on the timeline and in a
 * development's history; grades corrected like any registration; bad grades named by their field.
 */
@TrackerIntegrationTest
class SourceGradesIT {

  private static final String DOCUMENT =
      """
      {"type": "DOCUMENT_REGISTERED",
       "attributes": {"documentId": "%s", "title": "A graded source", "language": "en"%s}}""";

  @LocalServerPort int port;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  Api api;
  Fixtures fixtures;
  String a;
  String b;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    fixtures = new Fixtures(api);
    a = fixtures.actor();
    b = fixtures.actor();
  }

  @Test
  void aGradedDocumentAndACitationsCredibilityAreAnsweredWithTheSourceOnTheTimelineAndInHistory() {
    String doc = "doc-" + freshId().substring(0, 8);
    created(DOCUMENT.formatted(doc, ", \"reliability\": \"B\""));
    String id = created(partnership(doc, ", \"credibility\": 2"));
    Projections.awaitCaughtUp(processing, dataSource);

    JsonNode source = get("/api/timeline?actor=" + a).at("/items/0/sources/0");
    assertThat(source.path("document").asText()).isEqualTo(doc);
    assertThat(source.path("reliability").asText()).isEqualTo("B");
    assertThat(source.path("credibility").asInt()).isEqualTo(2);

    JsonNode development = get("/api/developments/" + id);
    assertThat(development.at("/sources/0/reliability").asText()).isEqualTo("B");
    assertThat(development.at("/sources/0/credibility").asInt()).isEqualTo(2);
    assertThat(development.at("/history/0/sources/0/reliability").asText()).isEqualTo("B");
    assertThat(development.at("/history/0/sources/0/credibility").asInt()).isEqualTo(2);
    assertThat(get("/api/documents").findValues("reliability").toString()).contains("\"B\"");
  }

  @Test
  void registeringAgainWithAGradeAddsItAsACorrectionAndACorrectionRegradesTheSource() {
    String doc = "doc-" + freshId().substring(0, 8);
    String registration = created(DOCUMENT.formatted(doc, ""));
    created(partnership(doc, ""));
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(get("/api/timeline?actor=" + a).at("/items/0/sources/0").has("reliability"))
        .isFalse();

    JsonNode again = created(DOCUMENT.formatted(doc, ", \"reliability\": \"C\""), 201);
    assertThat(again.path("id").asText()).isEqualTo(registration);
    assertThat(again.path("version").asInt()).isEqualTo(2);
    assertThat(again.at("/history/1/reason").asText())
        .isEqualTo("registered again with more: attributes.reliability");
    assertThat(timelineReliability()).isEqualTo("C");

    Api.Response regraded =
        api.post(
            "/api/developments/" + registration + "/corrections",
            """
            {"reason": "the outlet's record is better than we thought",
             "type": "DOCUMENT_REGISTERED",
             "attributes": {"documentId": "%s", "title": "A graded source", "language": "en",
                            "reliability": "A"}}"""
                .formatted(doc));
    assertThat(regraded.status()).as(regraded.text()).isEqualTo(201);
    assertThat(timelineReliability()).isEqualTo("A");

    Api.Response contradicting =
        api.post("/api/developments", DOCUMENT.formatted(doc, ", \"reliability\": \"E\""));
    assertThat(contradicting.status()).as(contradicting.text()).isEqualTo(409);
    assertThat(contradicting.json().at("/errors/0/field").asText())
        .isEqualTo("attributes.reliability");
    assertThat(timelineReliability()).isEqualTo("A");
  }

  @Test
  void anUngradedSourceAnswersAsItAlwaysDid() {
    String doc = fixtures.document();
    String id = created(partnership(doc, ""));
    Projections.awaitCaughtUp(processing, dataSource);

    JsonNode source = get("/api/developments/" + id).at("/sources/0");
    assertThat(source.path("document").asText()).isEqualTo(doc);
    assertThat(source.path("locator").asText()).isEqualTo("§1 ¶2");
    assertThat(source.has("credibility")).isFalse();
    assertThat(source.has("reliability")).isFalse();
  }

  @Test
  void badGradesAreRefusedNamingEachFieldAndWriteNothing() {
    String doc = fixtures.document();
    for (String credibility : new String[] {"7", "0", "\"x\"", "2.5", "\"2\""}) {
      Api.Response refused =
          api.post("/api/developments", partnership(doc, ", \"credibility\": " + credibility));
      assertThat(refused.status()).as(credibility + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().path("errors").findValuesAsText("field"))
          .as(credibility)
          .contains("sources[0].credibility");
    }
    Api.Response badReliability =
        api.post("/api/developments", DOCUMENT.formatted("doc-g", ", \"reliability\": \"G\""));
    assertThat(badReliability.status()).as(badReliability.text()).isEqualTo(400);
    assertThat(badReliability.json().path("errors").findValuesAsText("field"))
        .containsExactly("attributes.reliability");
    assertThat(get("/api/timeline?actor=" + a).path("total").asInt()).isZero();
  }

  private String timelineReliability() {
    Projections.awaitCaughtUp(processing, dataSource);
    return get("/api/timeline?actor=" + a).at("/items/0/sources/0/reliability").asText();
  }

  private String partnership(String doc, String grade) {
    return """
        {"id": "%s", "type": "PARTNERSHIP_ESTABLISHED", "date": "2013-09", "actors": ["%s", "%s"],
         "attributes": {"level": "PARTNERSHIP", "label": "夥伴關係"},
         "summary": {"en": "partners"},
         "sources": [{"document": "%s", "locator": "§1 ¶2"%s}]}"""
        .formatted(freshId(), a, b, doc, grade);
  }

  private String created(String json) {
    return created(json, 201).path("id").asText();
  }

  private JsonNode created(String json, int status) {
    Api.Response response = api.post("/api/developments", json);
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    return response.json();
  }

  private JsonNode get(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }
}
