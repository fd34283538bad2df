package org.tracker.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void theErrorPathAskedForDirectlyIsNotFoundRatherThanAFailure() {
    for (Api api : List.of(new Api(port), new Api(port).anonymous())) {
      Api.Response error = api.get("/error");

      assertThat(error.status()).isEqualTo(404);
      assertThat(error.contentType()).startsWith("application/problem+json");
      assertThat(error.text()).doesNotContain("999");
    }
  }

  @Test
  void healthShowsStrangersItsStatusOnly() {
    Api.Response health = new Api(port).anonymous().get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
    assertThat(health.text()).doesNotContain("position").doesNotContain("head");
    assertThat(new Api(port).as("viewer").get("/actuator/health").json().has("components"))
        .isFalse();
  }

  @Test
  void headOnAReadableEndpointAnswersLikeGetWithoutABody() {
    Api viewer = new Api(port).as("viewer");
    for (String path : List.of("/api/timeline", "/api/vocabulary", "/board", "/actuator/health")) {
      Api.Response get = viewer.get(path);
      Api.Response head = viewer.send("HEAD", path, null, (String) null);

      assertThat(head.status()).as(path).isEqualTo(get.status()).isEqualTo(200);
      assertThat(head.contentType()).as(path).isEqualTo(get.contentType());
      assertThat(head.text()).as(path).isEmpty();
    }
    assertThat(viewer.send("HEAD", "/api/audit/log", null, (String) null).status()).isEqualTo(403);
  }

  @Test
  void everyPostIsDocumentedWithItsAnswersAndTheirProblemShapes() {
    JsonNode paths = new Api(port).get("/v3/api-docs").json().path("paths");
    List<String> posts = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            path -> {
              JsonNode post = path.getValue().path("post");
              if (post.isMissingNode()) {
                return;
              }
              posts.add(path.getKey());
              for (String status : List.of("400", "401", "403", "409", "413", "503")) {
                assertThat(
                        post.path("responses")
                            .path(status)
                            .at("/content/application~1problem+json/schema/$ref")
                            .asText())
                    .as(path.getKey() + " " + status)
                    .isEqualTo("#/components/schemas/Problem");
              }
            });

    assertThat(posts).contains("/api/developments", "/api/import", "/api/watch-items");
    for (String creating :
        List.of(
            "/api/developments",
            "/api/developments/{id}/corrections",
            "/api/developments/{id}/retraction",
            "/api/watch-items")) {
      JsonNode created = paths.path(creating).path("post").path("responses").path("201");
      assertThat(created.path("headers").has("Location")).as(creating).isTrue();
      assertThat(created.path("content").isEmpty()).as(creating).isFalse();
    }
    assertThat(
            new Api(port)
                .get("/v3/api-docs")
                .json()
                .at("/components/schemas/Problem/properties")
                .has("errors"))
        .isTrue();
  }
}
