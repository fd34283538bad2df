package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.JarCommand;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SmallWorld;
import org.tracker.testing.TestDatabase;

/**
 * {@code java -jar tracker.jar archive} and {@code restore}, for logs past the HTTP body limit: the
 * command writes the HTTP archive's very bytes, and restores as {@code POST /api/admin/archive}
 * does (all or nothing, into an empty store only), run as an operator runs them, on the packaged
 * jar in a JVM of its own.
 */
class ArchiveCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  static TestDatabase source;
  static SecondApp original;
  static SmallWorld world;
  static byte[] httpArchive;

  @BeforeAll
  static void recordASmallWorldAndArchiveItOverHttp() throws Exception {
    source = TestDatabase.get().another();
    original = SecondApp.on(source);
    world = SmallWorld.recordedThrough(original.api());
    SmallWorld.awaitSettled(original);
    sealed(original.api());
    HttpResponse<byte[]> archived =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(original.baseUrl() + "/api/admin/archive"))
                    .header("Authorization", Api.basic("auditor"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(archived.statusCode()).isEqualTo(200);
    httpArchive = archived.body();
    assertThat(new String(httpArchive, StandardCharsets.UTF_8)).contains("戰略夥伴關係");
  }

  @AfterAll
  static void stop() {
    original.close();
  }

  @Test
  void theCommandWritesTheHttpArchiveByteForByteToAFileOrToStandardOutput() throws Exception {
    Path file = Files.createDirectory(dir.resolve("out")).resolve("tracker.archive");
    JarCommand.Run toFile = archive(source, "--out", file.toString());
    assertThat(toFile.status()).as(toFile.toString()).isZero();
    assertThat(JSON.readTree(toFile.output()).path("archived").asLong())
        .isEqualTo(events(source))
        .isPositive();
    assertThat(Files.readAllBytes(file)).isEqualTo(httpArchive);
    try (var left = Files.list(file.getParent())) {
      assertThat(left).as("no partial file left beside it").containsExactly(file);
    }

    JarCommand.Run toStandardOutput = archive(source);
    assertThat(toStandardOutput.status()).as(toStandardOutput.toString()).isZero();
    assertThat(toStandardOutput.output()).isEqualTo(httpArchive);
  }

  @Test
  void anArchiveRestoredByTheCommandAnswersAsTheSourceDoesOnceTrackerStartsOnIt() throws Exception {
    Path file = written("whole.archive", httpArchive);
    // restored as the application's user, who may append but not rewrite; migrations as the owner
    TestDatabase.Roles empty = TestDatabase.get().anotherWithRoles();
    JarCommand.Run restored =
        JarCommand.run(
            Map.of(
                "TRACKER_DB_OWNER_USER",
                empty.owner(),
                "TRACKER_DB_OWNER_PASSWORD",
                TestDatabase.Roles.PASSWORD),
            "restore",
            "--db",
            empty.database().url(),
            "--user",
            empty.app(),
            "--password",
            TestDatabase.Roles.PASSWORD,
            "--in",
            file.toString());
    assertThat(restored.status()).as(restored.toString()).isZero();
    assertThat(restored.text()).isEqualTo("{\"restored\": " + events(source) + "}\n");
    assertThat(empty.database().rows(LOG)).isEqualTo(source.rows(LOG));
    assertThat(count(empty.database(), "actor"))
        .as("the directory, written in the restoring transaction")
        .isEqualTo(count(source, "actor"))
        .isPositive();
    assertThat(count(empty.database(), "event_seal"))
        .as("no chain writer ran during the restore: the next start seals")
        .isZero();

    try (SecondApp tracker = SecondApp.start(empty.trackerArgs())) {
      Api there = tracker.api();
      Api here = original.api();
      SmallWorld.awaitSettled(tracker);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> there.get(world.relationship()).status() == 200); // its first build
      assertThat(there.get(world.relationship()).text())
          .contains("STRATEGIC_PARTNERSHIP")
          .isEqualTo(here.get(world.relationship()).text());
      assertThat(world.answers(there)).isEqualTo(world.answers(here));
      assertThat(SmallWorld.checksums(there)).isEqualTo(SmallWorld.checksums(here));
      assertThat(sealed(there).path("head"))
          .as("the same chain head")
          .isEqualTo(sealed(here).path("head"));
      assertThat(there.get("/api/admin/archive").text())
          .isEqualTo(new String(httpArchive, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aRestoreIntoAStoreThatHoldsEventsIsRefusedAndWritesNothing() throws Exception {
    TestDatabase target = TestDatabase.get().another();
    String[] lines = new String(httpArchive, StandardCharsets.UTF_8).split("\n");
    JarCommand.Run first =
        restore(target, written("first.archive", (lines[0] + "\n" + lines[1] + "\n")));
    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.text()).isEqualTo("{\"restored\": 1}\n");

    JarCommand.Run again = restore(target, written("whole-again.archive", httpArchive));
    assertThat(again.status()).as(again.toString()).isEqualTo(1);
    assertThat(again.errors()).contains("the log already holds 1 events");
    assertThat(again.output()).isEmpty();
    assertThat(events(target)).as("nothing written").isEqualTo(1);
  }

  @Test
  void aBadLineIsNamedByItsNumberAndNothingIsWritten() throws Exception {
    TestDatabase target = TestDatabase.get().another();
    String[] lines = new String(httpArchive, StandardCharsets.UTF_8).split("\n");
    Path bad = written("bad.archive", lines[0] + "\n" + lines[1] + "\n{\"position\": \"x\"}\n");

    JarCommand.Run refused = restore(target, bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.errors()).contains("line 3", "`position` must be a whole number");
    assertThat(refused.output()).isEmpty();
    assertThat(events(target)).as("the log still empty").isZero();
  }

  @Test
  void wrongArgumentsOrADatabaseOutOfReachExitTwoWithTheUsage() throws Exception {
    Path file = written("any.archive", httpArchive);
    String nowhere = source.url().substring(0, source.url().lastIndexOf('/') + 1) + "no_such_db";

    JarCommand.Run noDatabase = JarCommand.run("archive", "--out", file.toString());
    assertThat(noDatabase.status()).isEqualTo(2);
    assertThat(noDatabase.errors())
        .contains("--db is needed", "usage: java -jar tracker.jar archive --db <jdbc url>");

    JarCommand.Run unknown = JarCommand.run("archive", "--db", source.url(), "--verbose", "yes");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errors())
        .contains("unknown or incomplete argument: --verbose", "usage: java -jar tracker.jar");

    JarCommand.Run incomplete = JarCommand.run("archive", "--db");
    assertThat(incomplete.status()).isEqualTo(2);
    assertThat(incomplete.errors()).contains("unknown or incomplete argument: --db");

    JarCommand.Run noFile = JarCommand.run("restore", "--db", source.url());
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.errors())
        .contains("--in is needed", "usage: java -jar tracker.jar restore --db <jdbc url>");

    JarCommand.Run missingFile =
        JarCommand.run("restore", "--db", source.url(), "--in", dir.resolve("missing").toString());
    assertThat(missingFile.status()).isEqualTo(2);
    assertThat(missingFile.errors()).contains("cannot read", "missing");

    JarCommand.Run archiveNowhere = archive(nowhere);
    assertThat(archiveNowhere.status()).as(archiveNowhere.toString()).isEqualTo(2);
    assertThat(archiveNowhere.errors()).contains("cannot archive", "no_such_db");

    JarCommand.Run restoreNowhere = restore(nowhere, file);
    assertThat(restoreNowhere.status()).as(restoreNowhere.toString()).isEqualTo(2);
    assertThat(restoreNowhere.errors()).contains("cannot restore into", "no_such_db");

    for (JarCommand.Run run :
        new JarCommand.Run[] {
          noDatabase, unknown, incomplete, noFile, missingFile, archiveNowhere, restoreNowhere
        }) {
      assertThat(run.output()).as("nothing on standard output").isEmpty();
    }
    assertThat(events(source)).as("the source untouched").isPositive();
  }

  /** Every event of the log, in order, as stored. */
  private static final String LOG =
      "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp,"
          + " payload_type, payload_revision, md5(payload), md5(meta_data)"
          + " FROM domain_event_entry ORDER BY global_index";

  private static JarCommand.Run archive(TestDatabase database, String... more) {
    return archive(database.url(), more);
  }

  private static JarCommand.Run archive(String url, String... more) {
    String[] args = {
      "archive", "--db", url, "--user", source.user(), "--password", source.password()
    };
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return JarCommand.run(all);
  }

  private static JarCommand.Run restore(TestDatabase database, Path file) {
    return restore(database.url(), file);
  }

  private static JarCommand.Run restore(String url, Path file) {
    return JarCommand.run(
        "restore",
        "--db",
        url,
        "--user",
        source.user(),
        "--password",
        source.password(),
        "--in",
        file.toString());
  }

  private static Path written(String name, String text) throws IOException {
    return written(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Path written(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The chain's verification once every event is sealed. */
  private static JsonNode sealed(Api api) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get("/api/audit/verify").json(),
            v -> v.at("/unsealed/count").asLong(-1) == 0 && v.path("holds").asBoolean());
  }

  private static long events(TestDatabase database) throws SQLException {
    return count(database, "domain_event_entry");
  }

  private static long count(TestDatabase database, String table) throws SQLException {
    return Long.parseLong(database.rows("SELECT count(*) FROM " + table).get(0));
  }
}
