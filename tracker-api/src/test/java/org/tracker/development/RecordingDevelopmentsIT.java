package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;
import static org.tracker.testing.Fixtures.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class RecordingDevelopmentsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  Fixtures fixtures;
  String china;
  String turkmenistan;
  String source;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    fixtures = new Fixtures(api);
    china = fixtures.actor();
    turkmenistan = fixtures.actor();
    source = fixtures.document();
  }

  @Test
  void aRegisteredDocumentIsListedWithItsTitleForSourcesToCite() {
    JsonNode documents = api.get("/api/documents").json();

    JsonNode listed = null;
    for (JsonNode d : documents) {
      if (d.path("id").asText().equals(source)) {
        listed = d;
      }
    }
    assertThat(listed).as(documents.toString()).isNotNull();
    assertThat(listed.path("title").asText()).isEqualTo("A test source");
    assertThat(listed.path("language").asText()).isEqualTo("en");
  }

  @Test
  void aRecordedDevelopmentIsStoredAsReadableJsonWithItsAuthor() throws Exception {
    String id = freshId();

    Api.Response response =
        api.post(
            "/api/developments",
            partnership(
                id, china, turkmenistan, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.location()).isEqualTo("/api/developments/" + id);
    assertThat(response.json().path("id").asText()).isEqualTo(id);
    var row =
        jdbc.sql(
                """
                SELECT payload_type, payload, meta_data, pg_typeof(payload)::text AS column_type
                FROM domain_event_entry WHERE aggregate_identifier = ?""")
            .param(id)
            .query(
                (rs, n) ->
                    List.of(
                        rs.getString("payload_type"), rs.getString("payload"),
                        rs.getString("meta_data"), rs.getString("column_type")))
            .single();
    assertThat(row.get(0)).isEqualTo("org.tracker.development.api.DevelopmentRecorded");
    assertThat(row.get(3)).isEqualTo("text");
    JsonNode payload = new ObjectMapper().readTree(row.get(1));
    assertThat(payload.path("developmentId").asText()).isEqualTo(id);
    assertThat(payload.at("/content/type").asText()).isEqualTo("PARTNERSHIP_ESTABLISHED");
    assertThat(payload.at("/content/date").asText()).isEqualTo("2013-09");
    assertThat(payload.at("/content/actors/0").asText()).isEqualTo(china);
    assertThat(payload.at("/content/attributes/label").asText()).isEqualTo("戰略夥伴關係");
    assertThat(payload.at("/content/sources/0/quote").asText()).isEqualTo("戰略夥伴關係");
    JsonNode metaData = new ObjectMapper().readTree(row.get(2));
    assertThat(metaData.path("recordedBy").asText()).isEqualTo(Api.DEFAULT_USER);
    assertThat(metaData.path("recordedAt").asText()).isNotBlank();
    String viaSql =
        jdbc.sql(
                "SELECT payload::jsonb -> 'content' -> 'attributes' ->> 'level' FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(viaSql).isEqualTo("STRATEGIC_PARTNERSHIP");
  }

  @Test
  void theSameIdWithTheSameBodyRecordsOnce() {
    String body =
        partnership(freshId(), china, turkmenistan, "PARTNERSHIP", "夥伴關係", "2005", source);

    Api.Response first = api.post("/api/developments", body);
    Api.Response second = api.post("/api/developments", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json()).as("the repeat answers what was stored").isEqualTo(first.json());
    assertThat(eventsOf(first.json().path("id").asText())).isEqualTo(1);
  }

  @Test
  void theSameIdWithAnotherBodyIsAConflict() {
    String id = freshId();
    api.post(
        "/api/developments",
        partnership(id, china, turkmenistan, "PARTNERSHIP", "夥伴關係", "2005", source));

    Api.Response response =
        api.post(
            "/api/developments",
            partnership(
                id, china, turkmenistan, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("detail").asText()).contains(id);
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void anUnknownActorIsABadRequestNamingTheFieldAndWritesNothing() {
    long before = eventCount();

    Api.Response response =
        api.post(
            "/api/developments",
            partnership(freshId(), china, "NOBODY-" + 7, "PARTNERSHIP", "夥伴關係", "2005", source));

    assertBadRequestNaming(response, "actors[1]", "unknown actor NOBODY-7");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void aMalformedDateIsABadRequestNamingTheField() {
    long before = eventCount();
    List<String> refused = new ArrayList<>();
    for (String date : List.of("2013-02-30", "2013-13", "13-09-2013")) {
      Api.Response response =
          api.post(
              "/api/developments",
              partnership(freshId(), china, turkmenistan, "PARTNERSHIP", "夥伴關係", date, source));
      assertBadRequestNaming(response, "date", date);
      refused.add(date);
    }
    assertThat(refused).hasSize(3);
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void anUnknownJsonFieldIsABadRequestNamingIt() {
    long before = eventCount();
    String body =
        partnership(freshId(), china, turkmenistan, "PARTNERSHIP", "夥伴關係", "2005", source)
            .replaceFirst("\\{", "{\"recordedBy\": \"mallory\", ");

    Api.Response response = api.post("/api/developments", body);

    assertBadRequestNaming(response, "recordedBy", "unknown field");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "PARTNERSHIP_ESTABLISHED", "date": "2013", "actors": ["%s"],
             "attributes": {"level": "BEST_FRIENDS"},
             "sources": [{"document": "no-such-doc", "locator": "p. 1"}]}"""
                .formatted(china));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "actors", "attributes.level", "attributes.label", "summary", "sources[0].document");
  }

  @Test
  void aDevelopmentCanBeReadBackByItsId() {
    String id = freshId();
    Api.Response recorded =
        api.post(
            "/api/developments",
            partnership(id, china, turkmenistan, "PARTNERSHIP", "夥伴關係", "2005", source));

    Api.Response response = api.get("/api/developments/" + id);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json())
        .as("the recording's answer is what is read back, to the recording time")
        .isEqualTo(recorded.json());
    assertThat(response.json().path("date").asText()).isEqualTo("2005");
    assertThat(response.json().path("recordedBy").asText()).isEqualTo(Api.DEFAULT_USER);
    assertThat(api.get("/api/developments/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  private static void assertBadRequestNaming(Api.Response response, String field, String text) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
    assertThat(response.json().path("detail").asText()).contains(text);
    assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private long eventCount() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private long eventsOf(String id) {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
        .param(id)
        .query(Long.class)
        .single();
  }
}
