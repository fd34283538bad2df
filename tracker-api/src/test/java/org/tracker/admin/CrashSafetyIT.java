package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.PackagedApp;
import org.tracker.testing.TestDatabase;

/**
 * {@code kill -9} in the middle of an import and of a rebuild, in a separate JVM running the
 * packaged application: after a restart the import is wholly absent (or wholly present), the
 * projections hold exactly what the log says, and the rebuild finishes with the same checksums.
 */
class CrashSafetyIT {

  /** The file's document and 20 actors: facts too, one row each. */
  private static final int REGISTRATIONS = 21;

  @TempDir Path dir;

  @Test
  void killingTheAppDuringAnImportAndARebuildLosesAndDuplicatesNothing() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    Path file = dir.resolve("big.ndjson");
    int developments = 40_000;
    writeFile(file, developments);

    // 1. kill -9 while the import writes
    try (PackagedApp app = PackagedApp.start(database, dir.resolve("run1.log"))) {
      CompletableFuture<Api.Response> upload =
          CompletableFuture.supplyAsync(
              () -> app.api().post("/api/import", "application/x-ndjson", read(file)));
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> app.api().get("/api/imports").text().contains("\"WRITING\""));
      app.kill();
      Api.Response cut = upload.handle((r, e) -> r).get();
      assertThat(cut == null || cut.status() != 200).as("the import was cut short").isTrue();
    }

    // 2. restart: the import left nothing; import again, fully
    try (PackagedApp app = PackagedApp.start(database, dir.resolve("run2.log"))) {
      assertThat(developmentsInLog(app)).isZero();
      Api.Response imported = app.api().post("/api/import", "application/x-ndjson", read(file));
      assertThat(imported.status()).as(imported.text()).isEqualTo(200);
      awaitCaughtUp(app);
      assertThat(factRows(app)).isEqualTo(developments + REGISTRATIONS);
    }

    // 3. kill -9 in the middle of a rebuild of the facts
    JsonNode before;
    try (PackagedApp app = PackagedApp.start(database, dir.resolve("run3.log"))) {
      awaitCaughtUp(app);
      before = app.api().get("/api/admin/projections/facts").json().path("checksums");
      assertThat(app.api().post("/api/admin/projections/facts/rebuild", "").status())
          .isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(10))
          .until(
              () ->
                  app.api()
                          .get("/api/admin/projections/facts")
                          .json()
                          .path("spare")
                          .path("position")
                          .asLong()
                      > 0);
      app.kill();
    }

    // 4. restart: the spare's tokens survive; once the killed instance has been silent long enough
    // the new one carries the build on from them, flips, and the live tables are the same
    try (PackagedApp app = PackagedApp.start(database, dir.resolve("run4.log"))) {
      awaitCaughtUp(app);
      assertThat(app.api().get("/api/admin/projections/facts").json().path("checksums"))
          .isEqualTo(before);
      assertThat(factRows(app)).isEqualTo(developments + REGISTRATIONS);
    }
  }

  private static void awaitCaughtUp(PackagedApp app) {
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode all = app.api().get("/api/admin/projections").json();
              for (JsonNode p : all) {
                if (p.path("lag").asLong() > 0 || !p.path("state").asText().equals("RUNNING")) {
                  return false;
                }
              }
              return all.size() > 0;
            });
  }

  private static long developmentsInLog(PackagedApp app) {
    JsonNode page = app.api().get("/api/audit/log?size=1000&type=DevelopmentRecorded").json();
    return page.path("items").size();
  }

  private static long factRows(PackagedApp app) {
    String checksum =
        app.api()
            .get("/api/admin/projections/facts")
            .json()
            .path("checksums")
            .path("fact")
            .asText();
    return Long.parseLong(checksum.substring(0, checksum.indexOf(':')));
  }

  private static void writeFile(Path file, int count) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(
        "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\"crash\","
            + "\"title\":\"Crash test\",\"language\":\"en\"}}\n");
    for (int i = 0; i < 20; i++) {
      text.append(
          ("{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\"C%d\",\"kind\":"
                  + "\"ORGANIZATION\",\"name\":{\"en\":\"C%d\",\"zh-Hant\":\"C%d\"}}}\n")
              .formatted(i, i, i));
    }
    try (var out = Files.newBufferedWriter(file)) {
      out.write(text.toString());
      for (int n = 0; n < count; n++) {
        out.write(
            ("{\"id\":\"%s\",\"type\":\"MEETING\",\"date\":\"%d\",\"actors\":[\"C%d\",\"C%d\"],"
                    + "\"attributes\":{},\"summary\":{\"en\":\"meeting %d\"},"
                    + "\"sources\":[{\"document\":\"crash\",\"locator\":\"row %d\"}]}\n")
                .formatted(new java.util.UUID(42, n), 1960 + n % 60, n % 20, (n + 1) % 20, n, n));
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
