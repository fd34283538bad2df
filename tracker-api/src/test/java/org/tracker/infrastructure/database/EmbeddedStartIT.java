package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;

/** The application with no database settings: embedded PostgreSQL, data kept across restarts. */
class EmbeddedStartIT {

  @TempDir Path dataDir;

  @Test
  void withoutASigningKeyTheEmbeddedDefaultMakesOneOnceAndSignsCheckpointsWithItAcrossRestarts() {
    String publicKey;
    try (SecondApp app = startWithoutSigningKey()) {
      Api auditor = app.api().as("auditor");
      app.api().post("/api/developments", registration(Fixtures.freshCode(), "x"));
      JsonNode checkpoint =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> auditor.post("/api/audit/checkpoints", ""), r -> r.status() == 200)
              .json();
      publicKey = checkpoint.path("publicKey").asText();
      assertThat(dataDir.resolve("checkpoint-signing-key")).isRegularFile();
    }

    try (SecondApp app = startWithoutSigningKey()) {
      JsonNode checkpoint = app.api().as("auditor").post("/api/audit/checkpoints", "").json();
      assertThat(checkpoint.path("publicKey").asText()).isEqualTo(publicKey);
      Api.Response check =
          app.api().as("auditor").post("/api/audit/checkpoints/verify", checkpoint.toString());
      assertThat(check.json().path("holds").asBoolean()).as(check.text()).isTrue();
    }
  }

  private SecondApp startWithoutSigningKey() {
    return SecondApp.start(
        "--tracker.db.url=", "--tracker.db.data-dir=" + dataDir, "--tracker.audit.signing-key=");
  }

  @Test
  void withoutSettingsTheAppRunsOnEmbeddedPostgresAndKeepsDataAcrossRestarts() {
    String code = Fixtures.freshCode();
    String id;
    try (SecondApp app = start()) {
      assertThat(app.bean(DatabaseConfiguration.EmbeddedServer.class).database()).isPresent();
      assertThat(app.bean(DatabaseRights.class).beyondAppending()).isEmpty(); // ADR 0020
      Api api = app.api();
      assertThat(api.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
      Api.Response registered = api.post("/api/developments", registration(code, "x"));
      assertThat(registered.status()).isEqualTo(201);
      id = registered.json().path("id").asText();
    }

    try (SecondApp app = start()) {
      Api api = app.api();
      assertThat(api.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
      assertThat(api.get("/api/developments/" + id).json().path("attributes").path("code").asText())
          .isEqualTo(code);
      Api.Response same = api.post("/api/developments", registration(code, "x"));
      Api.Response other = api.post("/api/developments", registration(code, "another name"));
      assertThat(same.status()).isEqualTo(200);
      assertThat(other.status()).isEqualTo(409);
    }
  }

  private SecondApp start() {
    return SecondApp.start("--tracker.db.url=", "--tracker.db.data-dir=" + dataDir);
  }

  private static String registration(String code, String name) {
    return """
        {"type": "ACTOR_REGISTERED",
         "attributes": {"code": "%s", "kind": "ORGANIZATION", "name": {"en": "%s", "zh-Hant": "x"}}}"""
        .formatted(code, name);
  }
}
