package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.SecondApp;

/**
 * PostgreSQL really stopped (its own embedded server, so nothing else is disturbed) in the middle
 * of a command and of an import: clear 503s, nothing half-written, and Tracker recovers by itself
 * when the server is back.
 */
class DatabaseFaultIT {

  @TempDir Path dir;

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long events(int port) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        ResultSet rs =
            c.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean is503(Api.Response r) {
    return r.status() == 503 && r.contentType().startsWith("application/problem+json");
  }

  @Test
  void aStoppedDatabaseIsAnswered503WithNothingWrittenAndTrackerRecoversWhenItReturns()
      throws Exception {
    int port = freePort();
    EmbeddedDatabase database = EmbeddedDatabase.start(dir, port);
    try (SecondApp app =
        SecondApp.start(
            "--tracker.db.url=jdbc:postgresql://localhost:" + port + "/postgres",
            "--tracker.db.user=postgres",
            "--tracker.db.password=",
            "--tracker.db.connection-timeout=2s")) {
      Api api = app.api();
      Fixtures fixtures = new Fixtures(api);
      String a = fixtures.actor();
      String b = fixtures.actor();
      String doc = fixtures.document();
      Ndjson file = new Ndjson();
      for (int i = 0; i < 20_000; i++) {
        file.visit(Fixtures.freshId(), a, b, (1990 + i % 30) + "-01", doc);
      }
      long before = events(port);

      // mid-import: the server stops while the file is being read, checked and written
      CompletableFuture<Api.Response> importing =
          CompletableFuture.supplyAsync(
              () -> api.post("/api/import", "application/x-ndjson", file.toString()));
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () ->
                  api.get("/api/imports").json().findValuesAsText("phase").stream()
                      .anyMatch(p -> p.equals("VALIDATING") || p.equals("WRITING")));
      database.close();
      Api.Response cut = importing.get();
      assertThat(is503(cut)).as(cut.status() + " " + cut.text()).isTrue();

      // mid-command: while the server is down
      Api.Response command =
          api.post(
              "/api/developments",
              Fixtures.partnership(Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴", "2010", doc));
      assertThat(is503(command)).as(command.status() + " " + command.text()).isTrue();
      assertThat(command.text()).contains("nothing was written");
      Api.Response read = api.get("/api/timeline?actor=" + a);
      assertThat(is503(read)).as(read.status() + " " + read.text()).isTrue();

      // the server comes back: Tracker recovers by itself, and nothing of the cut import is there
      database = EmbeddedDatabase.start(dir, port);
      assertThat(events(port)).isEqualTo(before);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> api.get("/api/timeline?actor=" + a).status() == 200);
      String id = Fixtures.freshId();
      Api.Response again =
          api.post(
              "/api/developments",
              Fixtures.partnership(id, a, b, "PARTNERSHIP", "夥伴", "2010", doc));
      assertThat(again.status()).as(again.text()).isEqualTo(201);
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  api.get("/api/relationships/" + a + "/" + b + "?asOf=2011-01-01")
                      .json()
                      .path("partnership")
                      .path("level")
                      .asText()
                      .equals("PARTNERSHIP"));
      Api.Response imported = api.post("/api/import", "application/x-ndjson", file.toString());
      assertThat(imported.status()).as(imported.text()).isEqualTo(200);
      assertThat(events(port)).isEqualTo(before + 1 + 20_000);
    } finally {
      database.close();
    }
  }
}
