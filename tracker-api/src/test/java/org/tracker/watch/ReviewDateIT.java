package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Changing a watch item's review date over HTTP: a bad date is a 400 naming the field and writes
 * nothing; a good one is a step in the item's history and in the audit log, and the overdue mark
 * follows it on the day it counts from.
 */
@TrackerIntegrationTest
class ReviewDateIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String doc;
  String chn;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    chn = fixtures.actor();
  }

  /** An item opened in 2014 to be reviewed by 2020: overdue today. */
  private String overdueItem() {
    String id = "watch-" + Fixtures.freshId().substring(0, 8);
    Api.Response opened =
        api.post(
            "/api/watch-items",
            """
            {"id": "%s", "question": {"en": "Is line D built?"}, "subjects": ["%s"],
             "resolvesWhen": {"en": "Gas flows"}, "rule": {"types": ["VISIT"], "actors": ["%s"]},
             "reviewBy": "2020", "on": "2014-03",
             "sources": [{"document": "%s", "locator": "p. 1"}]}"""
                .formatted(id, chn, chn, doc));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    assertThat(opened.json().path("overdue").asBoolean()).isTrue();
    return id;
  }

  @Test
  void aBadReviewDateIsRefusedNamingTheFieldAndWritesNothing() {
    String id = overdueItem();
    long events = events();
    String path = "/api/watch-items/" + id + "/review-date";

    assertRefused(api.post(path, "{\"reviewBy\": \"2014-13\"}"), "reviewBy");
    assertRefused(api.post(path, "{\"reason\": \"later\"}"), "reviewBy");
    Api.Response past = api.post(path, "{\"reviewBy\": \"2019-06\"}");
    assertRefused(past, "reviewBy");
    assertThat(message(past)).contains("is before " + today() + ", the day it is set");
    assertRefused(api.post(path, "{\"reviewBy\": \"2030\", \"on\": \"2999-01\"}"), "on");
    assertRefused(api.post(path, "{\"reviewBy\": \"2030\", \"on\": \"2013\"}"), "on");
    assertRefused(
        api.post(path, "{\"reviewBy\": \"2030\", \"reason\": \"" + "x".repeat(10_001) + "\"}"),
        "reason");
    assertThat(api.post(path, "{\"reviewBy\": \"2030\", \"colour\": \"red\"}").status())
        .isEqualTo(400);
    assertThat(api.as("viewer").post(path, "{\"reviewBy\": \"2030\"}").status()).isEqualTo(403);
    assertThat(api.post("/api/watch-items/no-such-item/review-date", "{\"reviewBy\": \"2030\"}"))
        .extracting(Api.Response::status)
        .isEqualTo(404);

    assertThat(events()).isEqualTo(events);
    JsonNode item = api.get("/api/watch-items/" + id).json();
    assertThat(item.path("reviewBy").asText()).isEqualTo("2020");
    assertThat(item.path("overdue").asBoolean()).isTrue();
    assertThat(changes(item)).containsExactly("OPENED");
  }

  @Test
  void aNewReviewDateIsAStepInTheHistoryAndTheAuditLogAndTheOverdueMarkFollowsIt() {
    String id = overdueItem();
    long events = events();

    Api.Response changed =
        api.as("analyst")
            .post(
                "/api/watch-items/" + id + "/review-date",
                "{\"reviewBy\": \"2030-06\", \"reason\": \"talks resumed\"}");

    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(events()).isEqualTo(events + 1);
    JsonNode item = changed.json();
    assertThat(item.path("reviewBy").asText()).isEqualTo("2030-06");
    assertThat(item.path("overdue").asBoolean()).isFalse();
    assertThat(changes(item)).containsExactly("OPENED", "REVIEW_DATE_CHANGED");
    JsonNode step = item.path("history").get(1);
    assertThat(step.path("reviewBy").asText()).isEqualTo("2030-06");
    assertThat(step.path("reason").asText()).isEqualTo("talks resumed");
    assertThat(step.path("on").asText()).isEqualTo(today().toString());
    assertThat(step.path("by").asText()).isEqualTo("analyst");
    assertThat(step.path("status").asText()).isEqualTo("OPEN");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> listed(id, "").path("reviewBy").asText().equals("2030-06"));
    assertThat(listed(id, "").path("overdue").asBoolean()).isFalse();
    assertThat(ids(api.get("/api/watch-items?overdue=true").json())).doesNotContain(id);
    String yesterday = "asOf=" + today().minusDays(1);
    assertThat(listed(id, yesterday).path("reviewBy").asText()).isEqualTo("2020");
    assertThat(listed(id, yesterday).path("overdue").asBoolean()).isTrue();
    JsonNode before = api.get("/api/watch-items/" + id + "?" + yesterday).json();
    assertThat(changes(before)).containsExactly("OPENED");

    JsonNode stream = api.get("/api/audit/streams/" + id).json();
    assertThat(stream).extracting(n -> n.path("type").asText()).contains("ReviewDateChanged");
    JsonNode stored = stream.get(stream.size() - 1);
    assertThat(stored.path("payload").path("reviewBy").asText()).isEqualTo("2030-06");
    assertThat(stored.path("payload").path("reason").asText()).isEqualTo("talks resumed");
    assertThat(stored.path("recordedBy").asText()).isEqualTo("analyst");

    Api.Response again =
        api.post("/api/watch-items/" + id + "/review-date", "{\"reviewBy\": \"2030-06\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(events()).as("the same date again records nothing").isEqualTo(events + 1);
  }

  @Test
  void aClosedItemsReviewDateIsNotMoved() {
    String id = overdueItem();
    Api.Response dropped =
        api.post("/api/watch-items/" + id + "/drop", "{\"reason\": \"no longer relevant\"}");
    assertThat(dropped.status()).as(dropped.text()).isEqualTo(200);
    long events = events();

    Api.Response refused =
        api.post("/api/watch-items/" + id + "/review-date", "{\"reviewBy\": \"2030\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("detail").asText()).contains("DROPPED");
    assertThat(events()).isEqualTo(events);
  }

  private void assertRefused(Api.Response response, String field) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(n -> fields.add(n.path("field").asText()));
    assertThat(fields).as(response.text()).containsExactly(field);
  }

  private static String message(Api.Response response) {
    return response.json().path("errors").get(0).path("message").asText();
  }

  private JsonNode listed(String id, String query) {
    for (JsonNode item : api.get("/api/watch-items?" + query).json().path("items")) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    return MissingNode.getInstance();
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("items").forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static List<String> changes(JsonNode item) {
    List<String> changes = new ArrayList<>();
    item.path("history").forEach(n -> changes.add(n.path("change").asText()));
    return changes;
  }

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
