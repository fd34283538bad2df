package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * The archive is the record, whole: the seed, a correction, a retraction and a watch item's whole
 * life (evidence found by its rule, a resolution, a reopening), archived and restored into an empty
 * store, answer the same — projections, what was known at five moments, the audit log.
 */
class ArchiveIT {

  static SecondApp original;
  static Api api;
  static final List<Instant> moments = new ArrayList<>();
  static String archive;

  @BeforeAll
  static void recordALifeAndArchiveIt() {
    original = SeededApp.start();
    api = original.api();
    moments.add(Instant.now());
    String document = "archive-doc";
    ok(
        api.post(
            "/api/developments",
            """
            {"type": "DOCUMENT_REGISTERED", "attributes": {"documentId": "%s",
             "title": "A later report", "language": "en"}}"""
                .formatted(document)));
    ok(
        api.post(
            "/api/watch-items",
            """
            {"id": "watch-line-d-works", "question": {"en": "Do works on Line D start?"},
             "subjects": ["CHN", "line-d"], "resolvesWhen": {"en": "Construction starts"},
             "rule": {"types": ["PROJECT_MILESTONE"], "subjects": ["line-d"],
                      "attributes": {"milestone": "CONSTRUCTION_STARTED", "status": "ACTUAL"}},
             "reviewBy": "2016", "on": "2013-09"}"""));
    String started =
        ok(api.post(
                "/api/developments",
                """
                {"type": "PROJECT_MILESTONE", "date": "2014-09-13", "actors": ["CHN", "TJK"],
                 "attributes": {"projectId": "line-d", "milestone": "CONSTRUCTION_STARTED",
                                "status": "ACTUAL"},
                 "summary": {"en": "Works on Line D start in Tajikistan."},
                 "sources": [{"document": "%s", "locator": "p. 1"}]}"""
                    .formatted(document)))
            .path("id")
            .asText();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("/api/watch-items/watch-line-d-works")
                    .json()
                    .path("status")
                    .asText()
                    .equals("EVIDENCE_SEEN"));
    moments.add(Instant.now());
    ok(
        api.post(
            "/api/developments/" + started + "/corrections",
            """
            {"version": 2, "reason": "the day was the 13th of September, in Dushanbe",
             "type": "PROJECT_MILESTONE", "date": "2014-09", "actors": ["CHN", "TJK"],
             "attributes": {"projectId": "line-d", "milestone": "CONSTRUCTION_STARTED",
                            "status": "ACTUAL"},
             "summary": {"en": "Works on Line D start in Tajikistan (month only)."},
             "sources": [{"document": "%s", "locator": "p. 2"}]}"""
                .formatted(document)));
    ok(
        api.post(
            "/api/watch-items/watch-line-d-works/resolution",
            "{\"outcome\": \"HAPPENED\", \"reason\": \"works began\", \"developmentId\": \""
                + started
                + "\"}"));
    moments.add(Instant.now());
    ok(
        api.post(
            "/api/watch-items/watch-line-d-works/reopening",
            "{\"reason\": \"works stopped\", \"on\": \"2015-03\"}"));
    ok(
        api.post(
            "/api/developments/2d65d796-3c93-4d3e-ba41-79e299833e5b/retraction",
            "{\"reason\": \"the level was misread\"}"));
    moments.add(Instant.now());
    SeededApp.awaitProjections(original);
    moments.add(Instant.now());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get("/api/audit/verify").json().at("/unsealed/count").asLong(-1) == 0);
    Api.Response archived = api.get("/api/admin/archive");
    assertThat(archived.status()).as(archived.text()).isEqualTo(200);
    assertThat(archived.contentType()).startsWith("application/x-ndjson");
    archive = archived.text();
  }

  @AfterAll
  static void stop() {
    original.close();
  }

  @Test
  void anArchiveRestoredIntoAnEmptyStoreAnswersAsTheOriginalDid() {
    assertThat(archive.lines().findFirst().orElseThrow())
        .isEqualTo("{\"format\":\"tracker-archive\",\"version\":1}");
    long events = events(original);
    assertThat(archive.lines().count() - 1).isEqualTo(events);
    assertThat(archive.lines().skip(1)).allMatch(line -> line.contains("\"hash\":\""));

    // restored by an instance whose database user may append but not rewrite (ADR 0020)
    TestDatabase.Roles empty = TestDatabase.get().anotherWithRoles();
    try (SecondApp restored = SecondApp.start(empty.trackerArgs())) {
      Api there = restored.api();
      String[] lines = archive.split("\n");
      String bad = lines[0] + "\n" + lines[1] + "\n{\"position\": \"x\"}\n";
      Api.Response refused = there.post("/api/admin/archive", "application/x-ndjson", bad);
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text()).contains("line 3");
      assertThat(events(restored)).as("nothing written").isZero();
      String badTime =
          lines[0]
              + "\n"
              + lines[1].replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"yesterday\"")
              + "\n";
      Api.Response untimed = there.post("/api/admin/archive", "application/x-ndjson", badTime);
      assertThat(untimed.status()).as(untimed.text()).isEqualTo(400);
      assertThat(untimed.text()).contains("line 2", "timestamp");
      assertThat(events(restored)).as("nothing written").isZero();

      Api.Response answer = there.post("/api/admin/archive", "application/x-ndjson", archive);
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      assertThat(answer.json().path("restored").asLong()).isEqualTo(events);
      // the projections' first build: what they serve says so (503) until it is whole
      String relationship = "/api/relationships/CHN/KAZ?asOf=2014-01-01";
      String whole = api.get(relationship).text();
      List<Integer> statuses = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                Api.Response r = there.get(relationship);
                statuses.add(r.status());
                if (r.status() == 503) {
                  assertThat(r.json().path("detail").asText()).contains("first build");
                  return false;
                }
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.text()).as("never a half-built answer").isEqualTo(whole);
                return true;
              });
      assertThat(statuses).startsWith(503);
      SeededApp.awaitProjections(restored);
      assertThat(
              JdbcClient.create(restored.bean(DataSource.class))
                  .sql("SELECT count(*) FROM actor")
                  .query(Long.class)
                  .single())
          .as("the directory, written in the restoring transaction")
          .isEqualTo(
              JdbcClient.create(original.bean(DataSource.class))
                  .sql("SELECT count(*) FROM actor")
                  .query(Long.class)
                  .single());

      assertThat(answers(there)).isEqualTo(answers(api));
      assertThat(checksums(there)).isEqualTo(checksums(api));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> there.get("/api/audit/verify").json().at("/unsealed/count").asLong(-1) == 0);
      assertThat(there.get("/api/audit/verify").json().path("head"))
          .as("the same chain head")
          .isEqualTo(api.get("/api/audit/verify").json().path("head"));
      assertThat(there.get("/api/admin/archive").text()).isEqualTo(archive);
      Api.Response after =
          there.post(
              "/api/developments",
              """
              {"type": "DOCUMENT_REGISTERED", "attributes": {"documentId": "after-restore",
               "title": "Recorded after the restore", "language": "en"}}""");
      assertThat(after.status()).as("an append after the restored log").isEqualTo(201);

      Api.Response again = there.post("/api/admin/archive", "application/x-ndjson", archive);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.contentType()).startsWith("application/problem+json");
    }
  }

  /** What analysts and auditors read: at each of five moments, and the audit log. */
  private static Map<String, String> answers(Api at) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Instant moment : moments) {
      for (String path :
          List.of(
              "/api/relationships/CHN/KAZ?asOf=2014-01-01",
              "/api/organizations/SCO?asOf=2014-01-01",
              "/api/projects/line-d?asOf=2016-01-01",
              "/api/timeline?actor=CHN&size=200",
              "/api/watch-items?asOf=2016-01-01",
              "/api/proposals?asOf=2014-01-01")) {
        String asked = path + "&knownAt=" + moment;
        Api.Response response = at.get(asked);
        assertThat(response.status()).as(asked + " " + response.text()).isEqualTo(200);
        answers.put(asked, response.text());
      }
    }
    answers.put(
        "/api/watch-items/watch-line-d-works",
        at.get("/api/watch-items/watch-line-d-works").text());
    answers.put("/api/audit/log", at.get("/api/audit/log").text());
    return answers;
  }

  private static Map<String, JsonNode> checksums(Api at) {
    Map<String, JsonNode> sums = new LinkedHashMap<>();
    at.get("/api/admin/projections")
        .json()
        .forEach(p -> sums.put(p.path("name").asText(), p.path("checksums")));
    return sums;
  }

  private static long events(SecondApp app) {
    return JdbcClient.create(app.bean(DataSource.class))
        .sql("SELECT count(*) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.text()).isBetween(200, 201);
    return response.json();
  }
}
