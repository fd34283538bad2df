package org.tracker.development.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;

/**
 * Events stored in older shapes still load into the aggregate and the history, replay into the
 * projections, and export: a retraction in its revision-1 shape ({@code version}, not {@code
 * retractedVersion}); watch item steps stored before steps were dated (no {@code on}).
 */
@TrackerIntegrationTest
class OldRevisionsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  @Autowired
  @Qualifier("defaultAxonObjectMapper")
  ObjectMapper json;

  @Test
  void aRevisionOneRetractionLoadsReplaysAndExports() {
    Api api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String a = fixtures.actor();
    String b = fixtures.actor();
    String id = fixtures.recordedPartnership(a, b, doc);
    // as an older Tracker stored it: revision 1, with "version"
    jdbc.sql(
            """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
              sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, 1, 'Development', ?, 'org.tracker.development.api.DevelopmentRetracted',
              '1', ?, '{"recordedBy":"an older Tracker"}')""")
        .params(
            UUID.randomUUID().toString(),
            id,
            Instant.now().toString(),
            "{\"developmentId\":\"" + id + "\",\"version\":1,\"reason\":\"stored long ago\"}")
        .update();

    JsonNode development = api.get("/api/developments/" + id).json();
    assertThat(development.path("retracted").asBoolean()).isTrue();
    assertThat(development.at("/history/1/kind").asText()).isEqualTo("RETRACTED");
    assertThat(development.at("/history/1/version").asInt()).isEqualTo(1);
    assertThat(development.at("/history/1/reason").asText()).isEqualTo("stored long ago");
    // the aggregate, sourced through the upcaster, knows it is retracted already, and why
    Api.Response again =
        api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"stored long ago\"}");
    assertThat(again.status()).isEqualTo(200);
    Api.Response another =
        api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"again\"}");
    assertThat(another.status()).isEqualTo(409);

    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(
            api.get("/api/relationships/" + a + "/" + b + "?asOf=2012-01-01")
                .json()
                .path("partnership")
                .isMissingNode())
        .isTrue();

    StreamingEventProcessor facts =
        processing.eventProcessor("facts", StreamingEventProcessor.class).orElseThrow();
    facts.shutDown();
    facts.resetTokens();
    facts.start();
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(
            api.get("/api/relationships/" + a + "/" + b + "?asOf=2012-01-01")
                .json()
                .path("partnership")
                .isMissingNode())
        .isTrue();

    assertThat(api.get("/api/export").text())
        .contains("{\"retractionOf\":\"" + id + "\",\"reason\":\"stored long ago\"}");
  }

  @Test
  void watchItemStepsStoredBeforeStepsWereDatedCountFromTheDayTheyWereRecorded() {
    Api api = new Api(port);
    String subject = new Fixtures(api).actor();
    String id = "watch-" + Fixtures.freshId().substring(0, 8);
    WatchItemContent content =
        new WatchItemContent(
            new LocalizedText("Stored long ago?", null),
            List.of(subject),
            new LocalizedText("It is", null),
            // its actor named: a rule on every visit would link other tests' visits in this run
            new WatchRule(
                List.of(DevelopmentType.VISIT),
                List.of(ActorCode.of(subject)),
                List.of(),
                Map.of()),
            PartialDate.parse("2030"),
            List.of());
    // as an older Tracker stored them: no "on"
    storeWithoutDay(
        id, 0, "2021-05-04T10:00:00Z", new WatchItemOpened(WatchItemId.of(id), content, null));
    storeWithoutDay(
        id,
        1,
        "2021-06-01T10:00:00Z",
        new WatchItemResolved(WatchItemId.of(id), WatchOutcome.OVERTAKEN, "long ago", null, null));

    assertThat(api.get("/api/watch-items/" + id + "?asOf=2021-05-03").status()).isEqualTo(404);
    JsonNode opened = api.get("/api/watch-items/" + id + "?asOf=2021-05-04").json();
    assertThat(opened.path("status").asText()).isEqualTo("OPEN");
    assertThat(opened.path("openedOn").asText()).isEqualTo("2021-05-04");
    Projections.awaitCaughtUp(processing, dataSource);
    JsonNode later = api.get("/api/watch-items?asOf=2021-06-01&subject=" + subject).json();
    assertThat(later.at("/items/0/status").asText()).isEqualTo("RESOLVED");
    assertThat(later.at("/items/0/closedOn").asText()).isEqualTo("2021-06-01");
    // the aggregate, sourced from the old shape, still decides the next step
    Api.Response reopened =
        api.post("/api/watch-items/" + id + "/reopening", "{\"reason\": \"news\"}");
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(200);
    assertThat(reopened.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(api.get("/api/export").text().lines())
        .as("exported with the day it counts from, so an import reproduces it")
        .anyMatch(
            line ->
                line.contains("\"watchItem\":\"" + id + "\"")
                    && line.endsWith("\"on\":\"2021-05-04\"}"));
  }

  private void storeWithoutDay(String id, long sequence, String at, Object event) {
    ObjectNode payload = json.valueToTree(event);
    payload.remove("on");
    jdbc.sql(
            """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
              sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, 'WatchItem', ?, ?, '1', ?, '{"recordedBy":"an older Tracker"}')""")
        .params(
            UUID.randomUUID().toString(),
            id,
            sequence,
            at,
            event.getClass().getName(),
            payload.toString())
        .update();
  }
}
