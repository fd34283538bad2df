package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.TrackerIntegrationTest;

/** What operators watch: Prometheus metrics, and readiness that follows the projections. */
@TrackerIntegrationTest
class OperationsIT {

  @LocalServerPort int port;
  @Autowired ProjectionAdmin admin;

  @Test
  void prometheusShowsAxonProcessorsProjectionLagAndImports() {
    Api api = new Api(port);
    Ndjson file = new Ndjson().actor(Fixtures.freshCode()).actor(Fixtures.freshCode());
    assertThat(api.post("/api/import", "application/x-ndjson", file.toString()).status())
        .isEqualTo(200);

    await() // the streaming processors report once they have handled the import
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get("/actuator/prometheus").text().contains("processorName=\"facts\""));
    Api.Response metrics = api.get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text())
        .contains("tracker_projection_lag_events{projection=\"facts\"}")
        .contains("tracker_import_seconds_count")
        .contains("tracker_import_lines_total")
        .containsPattern("eventProcessor_[a-zA-Z_]*\\{[^}]*processorName=\"facts\"")
        .contains("http_server_requests_seconds");
    assertThat(new Api(port).as("analyst").get("/actuator/prometheus").status()).isEqualTo(403);
  }

  @Test
  void readinessIsOutOfServiceWhileAProjectionRebuildsAndLivenessStaysUp() {
    Api anonymous = new Api(port).anonymous();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> anonymous.get("/actuator/health/readiness").status() == 200);
    admin.markRebuilding("catalog", Long.MAX_VALUE);
    try {
      Api.Response readiness = anonymous.get("/actuator/health/readiness");
      assertThat(readiness.status()).isEqualTo(503);
      assertThat(readiness.text()).contains("OUT_OF_SERVICE");
      assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    } finally {
      admin.clearRebuilding("catalog");
    }
    assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
  }
}
