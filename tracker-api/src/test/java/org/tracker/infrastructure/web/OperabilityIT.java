package org.tracker.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class OperabilityIT {

  @LocalServerPort int port;

  @Test
  void healthCoversTheDatabaseAndTheEventProcessors() {
    Api.Response health = new Api(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/eventProcessors/status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/eventProcessors/details/facts/running").asBoolean())
        .isTrue();
  }

  @Test
  void theApiIsDocumentedAndBrowsable() {
    Api api = new Api(port);

    Api.Response docs = api.get("/v3/api-docs");
    Api.Response ui = api.get("/swagger-ui/index.html");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/developments")).isTrue();
    assertThat(docs.json().path("paths").has("/api/relationships/{a}/{b}")).isTrue();
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.text()).contains("swagger-ui");
  }

  @Test
  void theVocabularyIsServedAsData() {
    Api.Response vocabulary = new Api(port).get("/api/vocabulary");

    assertThat(vocabulary.status()).isEqualTo(200);
    assertThat(vocabulary.json().path("types").findValuesAsText("type"))
        .contains("PARTNERSHIP_ESTABLISHED", "PROJECT_MILESTONE", "PROPOSAL_MADE");
    assertThat(vocabulary.json().at("/partnershipLadder/0").asText()).isEqualTo("NONE");
  }

  @Test
  void anUnknownPathIsAProblemNotAStackTrace() {
    Api.Response response = new Api(port).get("/api/nothing-here");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
