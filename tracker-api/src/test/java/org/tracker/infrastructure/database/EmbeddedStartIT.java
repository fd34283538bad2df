package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tracker.TrackerApplication;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;

/** The application with no database settings: embedded PostgreSQL, data kept across restarts. */
class EmbeddedStartIT {

  @TempDir Path dataDir;

  @Test
  void withoutSettingsTheAppRunsOnEmbeddedPostgresAndKeepsDataAcrossRestarts() {
    String code;
    String id;
    try (ConfigurableApplicationContext app = start()) {
      assertThat(app.getBean(DatabaseConfiguration.EmbeddedServer.class).database()).isPresent();
      Api api = api(app);
      assertThat(api.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
      code = Fixtures.freshCode();
      Api.Response registered = api.post("/api/developments", registration(code));
      assertThat(registered.status()).isEqualTo(201);
      id = registered.json().path("id").asText();
    }

    try (ConfigurableApplicationContext app = start()) {
      Api api = api(app);
      assertThat(api.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
      // registering the same code again is refused: the first registration survived the restart
      assertThat(api.get("/api/developments/" + id).json().path("attributes").path("code").asText())
          .isEqualTo(code);
      Api.Response again = api.post("/api/developments", registration(code));
      assertThat(again.status()).isEqualTo(400);
      assertThat(again.json().path("detail").asText()).contains(code + " is already registered");
    }
  }

  private static String registration(String code) {
    return """
        {"type": "ACTOR_REGISTERED",
         "attributes": {"code": "%s", "kind": "ORGANIZATION", "name": {"en": "x", "zh-Hant": "x"}}}"""
        .formatted(code);
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TrackerApplication.class)
        .run(
            "--tracker.db.url=",
            "--tracker.db.data-dir=" + dataDir,
            "--server.port=0",
            "--logging.structured.format.console=");
  }

  private static Api api(ConfigurableApplicationContext app) {
    return new Api(((WebServerApplicationContext) app).getWebServer().getPort());
  }
}
