package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/** Operators rebuild a projection while the API keeps answering, and the result proves itself. */
@TrackerIntegrationTest
class RebuildIT {

  @LocalServerPort int port;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  @Test
  void everyStreamingProjectionIsListedWithPositionLagStateAndChecksums() {
    Api api = new Api(port);
    JsonNode all = api.get("/api/admin/projections").json();
    Set<String> listed = new TreeSet<>();
    all.forEach(p -> listed.add(p.path("name").asText()));
    Set<String> streaming = new TreeSet<>();
    processing
        .eventProcessors()
        .forEach(
            (name, p) -> {
              if (p instanceof StreamingEventProcessor) {
                streaming.add(name);
              }
            });
    assertThat(listed).isEqualTo(streaming);
    JsonNode facts = api.get("/api/admin/projections/facts").json();
    assertThat(facts.path("state").asText()).isEqualTo("RUNNING");
    assertThat(facts.path("checksums").path("fact").asText()).matches("\\d+:[0-9a-f-]+");
    assertThat(api.get("/api/admin/projections/directory").status()).isEqualTo(404);
    assertThat(api.post("/api/admin/projections/nope/rebuild", "").status()).isEqualTo(404);
  }

  @Autowired ProjectionAdmin admin;

  @Test
  void whileFactsHaveTheirFirstBuildWhatTheyServeAnswers503WithProgressAndTheRestAnswers() {
    Api api = new Api(port);
    String actor = new Fixtures(api).actor();
    admin.markRebuilding("facts", Long.MAX_VALUE);
    try {
      Api.Response timeline = api.get("/api/timeline?actor=" + actor);
      assertThat(timeline.status()).isEqualTo(503);
      assertThat(timeline.contentType()).startsWith("application/problem+json");
      assertThat(timeline.json().path("detail").asText()).contains("facts").contains("position");
      assertThat(api.get("/api/actors/" + actor).status()).isEqualTo(503);
      assertThat(api.get("/api/watch-items").status()).isEqualTo(200);
      assertThat(api.get("/api/audit/log?size=1").status()).isEqualTo(200);
      assertThat(api.get("/api/admin/projections/facts").json().path("state").asText())
          .isEqualTo("FIRST_BUILD");
    } finally {
      admin.clearRebuilding("facts");
    }
    assertThat(api.get("/api/timeline?actor=" + actor).status()).isEqualTo(200);
  }

  @Test
  void aRebuildAnswersRightThroughoutAndEndsWithTheSameChecksumsInTheOtherGeneration() {
    Api api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String a = fixtures.actor();
    String b = fixtures.actor();
    Api.Response recorded =
        api.post(
            "/api/developments",
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", doc));
    assertThat(recorded.status()).isEqualTo(201);
    Projections.awaitCaughtUp(processing, dataSource);
    String path = "/api/relationships/" + a + "/" + b + "?asOf=2014-01-01";
    String expected = api.get(path).text();
    JsonNode before = api.get("/api/admin/projections/facts").json().path("checksums");

    Api.Response started = api.post("/api/admin/projections/facts/rebuild", "");
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().path("rebuildTarget").asLong()).isPositive();

    List<Integer> answers = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              Api.Response r = api.get(path);
              answers.add(r.status());
              assertThat(r.status()).as(r.text()).isEqualTo(200); // the live generation answers
              assertThat(r.text()).isEqualTo(expected);
              return api.get("/api/admin/projections/facts")
                  .json()
                  .path("state")
                  .asText()
                  .equals("RUNNING");
            });

    assertThat(answers).isNotEmpty().allMatch(s -> s == 200);
    assertThat(api.get(path).text()).isEqualTo(expected);
    assertThat(api.get("/api/admin/projections/facts").json().path("checksums")).isEqualTo(before);
  }
}
