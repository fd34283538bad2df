package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.Projections;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Rebuilds without downtime (ADR 0021), on a log of 20,000 events: a rebuild replays the log into
 * the spare generation while the live one keeps answering and following the log, then flips; a
 * verification replays it and names the rows where the live tables differ from the log.
 */
class GenerationsIT {

  static final int VISITS = 19_931;
  static final int PARTNERSHIPS = 60;

  static SecondApp app;
  static Api api;

  @BeforeAll
  static void aLogOf20000Events() {
    app = SecondApp.on(TestDatabase.get().another());
    api = app.api();
    Ndjson log = new Ndjson().document("d1");
    for (int i = 0; i < 8; i++) {
      log.actor("A" + i);
    }
    for (int i = 0; i < PARTNERSHIPS; i++) {
      log.partnership(
          null, "A0", "A1", "STRATEGIC_PARTNERSHIP", (1961 + i) + "-0" + (1 + i % 9), "d1");
    }
    for (int i = 0; i < VISITS; i++) {
      log.visit(
          "00000000-0000-4000-8000-" + String.format("%012d", i),
          "A" + (2 + i % 6),
          "A" + (2 + (i / 6) % 6 == 2 + i % 6 ? 2 + (i / 6 + 1) % 6 : 2 + (i / 6) % 6),
          (1960 + i % 60) + "-" + String.format("%02d", 1 + i % 12),
          "d1");
    }
    assertThat(log.size()).isGreaterThanOrEqualTo(20_000);
    Api.Response imported = api.post("/api/import", "application/x-ndjson", log.toString());
    assertThat(imported.status()).as(imported.text()).isBetween(200, 299);
    Projections.awaitCaughtUp(
        app.bean(EventProcessingConfiguration.class),
        app.bean(DataSource.class),
        Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void
      aReaderEvery50msDuringARebuildNeverGetsA503OrADifferentAnswerAndWhatIsRecordedMeanwhileShows() {
    String path = "/api/relationships/A0/A1?asOf=2019-01-01";
    String expected = api.get(path).text();
    assertThat(expected).contains("STRATEGIC_PARTNERSHIP");
    int liveBefore = facts().path("live").path("generation").asInt();

    Api.Response started = api.post("/api/admin/projections/facts/rebuild", "");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    assertThat(started.json().path("spare").path("state").asText()).isEqualTo("REBUILDING");
    Api.Response again = api.post("/api/admin/projections/facts/rebuild", "");
    assertThat(again.status()).as("one build at a time").isEqualTo(409);
    assertThat(again.json().path("detail").asText()).contains("already being built");

    // recorded while the spare is built: the live generation answers it at once
    String visit = Fixtures.freshId();
    Api.Response recorded =
        api.post(
            "/api/developments",
            """
            {"id":"%s","type":"VISIT","date":"2020-05","actors":["A0","A7"],\
            "attributes":{"level":"STATE"},"summary":{"en":"A0 visits A7 during a rebuild"},\
            "sources":[{"document":"d1","locator":"p. 1"}]}"""
                .formatted(visit));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    String visits = "/api/timeline?actor=A0&type=VISIT";
    await().atMost(Duration.ofSeconds(10)).until(() -> api.get(visits).text().contains(visit));
    assertThat(facts().path("spare").path("state").asText())
        .as("answered by the live generation while the spare is built")
        .isEqualTo("REBUILDING");

    List<Integer> statuses = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Api.Response r = api.get(path);
              statuses.add(r.status());
              assertThat(r.status()).as(r.text()).isEqualTo(200);
              assertThat(r.text()).as("never a half-built answer").isEqualTo(expected);
              return facts().path("spare").path("state").asText().equals("IDLE");
            });

    assertThat(statuses).as("reads while rebuilding").hasSizeGreaterThan(5);
    JsonNode after = facts();
    assertThat(after.path("lastReport").path("outcome").asText()).isEqualTo("flipped");
    assertThat(after.path("live").path("generation").asInt()).isEqualTo(1 - liveBefore);
    assertThat(after.path("state").asText()).isEqualTo("RUNNING");
    assertThat(api.get(path).text()).isEqualTo(expected);
    assertThat(api.get(visits).text()).as("still there after the flip").contains(visit);
  }

  @Test
  void aVerificationFindsUntouchedTablesEqualAndNamesAHandMadeChange() {
    JsonNode clean = verified();
    assertThat(clean.path("equal").asBoolean()).as(clean.toString()).isTrue();
    assertThat(clean.path("tables").path("fact").path("onlyLive").asLong()).isZero();

    String tampered = "00000000-0000-4000-8000-000000000042";
    int changed =
        JdbcClient.create(app.bean(DataSource.class))
            .sql(
                "UPDATE fact SET content = replace(content, 'visits', 'invades')"
                    + " WHERE development_id = ?::uuid")
            .param(tampered)
            .update();
    assertThat(changed).isEqualTo(1);

    JsonNode report = verified();
    assertThat(report.path("equal").asBoolean()).as(report.toString()).isFalse();
    JsonNode fact = report.path("tables").path("fact");
    assertThat(fact.path("onlyLive").asLong()).isEqualTo(1);
    assertThat(fact.path("onlySpare").asLong()).isEqualTo(1);
    assertThat(fact.path("examples").path("live").get(0).asText())
        .contains(tampered)
        .contains("invades");
    assertThat(fact.path("examples").path("spare").get(0).asText())
        .contains(tampered)
        .doesNotContain("invades");
    assertThat(report.path("tables").path("fact_actor").path("onlyLive").asLong()).isZero();
  }

  /** Starts a verification of the facts and answers its report when it has ended. */
  private static JsonNode verified() {
    Api.Response started = api.post("/api/admin/projections/facts/verification", "");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> facts().path("spare").path("state").asText().equals("IDLE"));
    JsonNode report = facts().path("lastReport");
    assertThat(report.path("purpose").asText()).isEqualTo("VERIFYING");
    return report;
  }

  private static JsonNode facts() {
    return api.get("/api/admin/projections/facts").json();
  }
}
