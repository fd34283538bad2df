package org.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TestDatabase;
import org.tracker.testing.TrackerIntegrationTest;

/** The log as stored, for auditors; and the database refusing to change it. */
@TrackerIntegrationTest
class AuditIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String doc;
  String a;
  String b;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    a = fixtures.actor();
    b = fixtures.actor();
  }

  private String meeting(String date) {
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "MEETING", "date": "%s", "actors": ["%s", "%s"], "attributes": {},
             "summary": {"en": "they met"}, "sources": [{"document": "%s", "locator": "p. 3"}]}"""
                .formatted(date, a, b, doc));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  @Test
  void theLogPagesInGlobalOrderWithWhoAndWhenAndFiltersByTypeTimeAndAggregate() {
    long head =
        jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
    Instant before = Instant.now();
    String first = meeting("2013-09");
    String second = meeting("2013-10");
    api.post("/api/developments/" + first + "/retraction", "{\"reason\": \"duplicate\"}");
    String third = meeting("2013-11");

    List<JsonNode> all = new ArrayList<>();
    String path = "/api/audit/log?size=2&after=" + head;
    for (int pages = 0; pages < 10; pages++) {
      JsonNode page = api.get(path).json();
      page.path("items").forEach(all::add);
      if (page.path("next").isNull() || page.path("next").isMissingNode()) {
        break;
      }
      assertThat(page.path("items")).hasSize(2);
      path = "/api/audit/log?size=2&after=" + page.path("next").asLong();
    }
    assertThat(all)
        .extracting(n -> n.path("aggregateId").asText())
        .containsExactly(first, second, first, third);
    assertThat(all)
        .extracting(n -> n.path("type").asText())
        .containsExactly(
            "DevelopmentRecorded",
            "DevelopmentRecorded",
            "DevelopmentRetracted",
            "DevelopmentRecorded");
    assertThat(all).extracting(n -> n.path("position").asLong()).isSorted();
    JsonNode recorded = all.get(0);
    assertThat(recorded.path("revision").asText()).isEqualTo("1");
    assertThat(recorded.path("recordedBy").asText()).isNotBlank();
    assertThat(recorded.path("payload").path("content").path("type").asText()).isEqualTo("MEETING");
    assertThat(Instant.parse(recorded.path("recordedAt").asText()))
        .isAfterOrEqualTo(before.minusSeconds(1));

    JsonNode retractions =
        api.get("/api/audit/log?after=" + head + "&type=DevelopmentRetracted").json();
    assertThat(retractions.path("items")).hasSize(1);
    assertThat(retractions.path("items").get(0).path("payload").path("reason").asText())
        .isEqualTo("duplicate");
    String by = URLEncoder.encode(recorded.path("recordedBy").asText(), StandardCharsets.UTF_8);
    assertThat(api.get("/api/audit/log?after=" + head + "&recordedBy=" + by).json().path("items"))
        .hasSize(4);
    assertThat(api.get("/api/audit/log?after=" + head + "&recordedBy=nobody").json().path("items"))
        .isEmpty();
    assertThat(api.get("/api/audit/log?after=" + head + "&to=" + before).json().path("items"))
        .isEmpty();
    assertThat(
            api.get("/api/audit/log?after=" + head + "&from=" + before + "&aggregate=" + first)
                .json()
                .path("items"))
        .hasSize(2);

    JsonNode stream = api.get("/api/audit/streams/" + first).json();
    assertThat(stream).extracting(n -> n.path("sequence").asLong()).containsExactly(0L, 1L);

    assertThat(api.get("/api/audit/log?size=0").status()).isEqualTo(400);
    assertThat(api.get("/api/audit/log?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteStoredEventsWhoeverAsks() throws Exception {
    String id = meeting("2013-09");
    String payload = payload(id);

    try (Connection c = TestDatabase.get().connect();
        var statement = c.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = '"
                  + id
                  + "'",
              "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + id + "'",
              "TRUNCATE domain_event_entry CASCADE")) {
        assertThatThrownBy(() -> statement.execute(sql))
            .as(sql)
            .hasMessageContaining("the event log is append-only");
      }
    }
    assertThat(payload(id)).isEqualTo(payload);
  }

  private String payload(String id) {
    return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
