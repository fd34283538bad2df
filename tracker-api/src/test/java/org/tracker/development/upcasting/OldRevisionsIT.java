package org.tracker.development.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * A retraction stored in its revision-1 shape ({@code version}, not {@code retractedVersion}) still
 * loads into the aggregate and the history, replays into the projections, and exports.
 */
@TrackerIntegrationTest
class OldRevisionsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

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
    // the aggregate, sourced through the upcaster, knows it is retracted already
    Api.Response again =
        api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"again\"}");
    assertThat(again.status()).isEqualTo(200);

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
}
