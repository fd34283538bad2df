package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.infrastructure.database.DatabaseRights;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SmallWorld;
import org.tracker.testing.TestDatabase;

/**
 * The backup and restore drill of docs/operations.md: {@code pg_dump} of a running Tracker's
 * database, {@code pg_restore} into a fresh one, Tracker started on it gives the same answers and
 * the same projection checksums, and carries on recording. Needs the PostgreSQL client tools
 * (pg_dump, pg_restore) of the server's major version; without them the drill cannot be run, and
 * the test is skipped saying so (in CI it fails instead).
 */
class RestoreDrillIT {

  @TempDir Path dir;

  @Test
  void aDumpRestoredIntoAFreshDatabaseAnswersTheSameAndCarriesOn() throws Exception {
    assumeClientTools();
    TestDatabase original = TestDatabase.get().another();
    // restored under other role names than it was dumped with (ADR 0020): the owner takes every
    // table, and the application's user gets its grants when Tracker starts
    TestDatabase.Roles roles = TestDatabase.get().anotherWithRoles();
    TestDatabase restored = roles.database();
    Path dump = dir.resolve("tracker.dump");

    SmallWorld world;
    Map<String, String> answers;
    Map<String, JsonNode> checksums;
    List<String> log;
    try (SecondApp tracker = SecondApp.on(original)) {
      world = SmallWorld.recordedThrough(tracker.api());
      awaitSettled(tracker);
      answers = world.answers(tracker.api());
      checksums = SmallWorld.checksums(tracker.api());
      log = original.rows(LOG);
      // taken while Tracker runs: pg_dump reads one consistent snapshot
      run(original, "pg_dump", "--format=custom", "--file=" + dump);
    }
    run(
        restored,
        "pg_restore",
        "--exit-on-error",
        "--no-owner",
        "--no-privileges",
        "--role=" + roles.owner(),
        dump.toString());

    assertThat(restored.rows(LOG)).isEqualTo(log).isNotEmpty();
    try (SecondApp tracker =
        SecondApp.start(roles.trackerArgs("--tracker.axon.claim-timeout=2s"))) {
      Api api = tracker.api();
      assertThat(tracker.bean(DatabaseRights.class).beyondAppending()).isEmpty();
      assertThat(world.answers(api)).isEqualTo(answers);
      assertThat(answers.values()).allMatch(answer -> answer.startsWith("200 "));
      assertThat(SmallWorld.checksums(api)).isEqualTo(checksums);

      // the restored log carries on: the next recording is projected like any other
      String actor = new Fixtures(api).actor();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.get("/api/actors/" + actor).status() == 200);
      awaitSettled(tracker);
    }
  }

  /** Every event of the log, in order, as stored. */
  private static final String LOG =
      "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp,"
          + " payload_type, payload_revision, md5(payload), md5(meta_data)"
          + " FROM domain_event_entry ORDER BY global_index";

  private static void awaitSettled(SecondApp tracker) {
    SmallWorld.awaitSettled(tracker);
  }

  /** Runs a PostgreSQL client tool against a database, failing with its output if it fails. */
  private static void run(TestDatabase database, String tool, String... args)
      throws IOException, InterruptedException {
    URI server = URI.create(database.url().substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of(tool));
    command.add("--host=" + server.getHost());
    command.add("--port=" + (server.getPort() < 0 ? 5432 : server.getPort()));
    command.add("--username=" + database.user());
    command.add("--dbname=" + server.getPath().substring(1));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", database.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }

  /**
   * The client tools, or a skip that says the drill was not run; in CI ({@code
   * TRACKER_RESTORE_DRILL=required}, set by .ci/run) their absence fails the build.
   */
  private static void assumeClientTools() {
    for (String tool : List.of("pg_dump", "pg_restore")) {
      boolean present;
      try {
        Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        present = p.waitFor() == 0;
      } catch (IOException | InterruptedException e) {
        present = false;
      }
      if (present) {
        continue;
      }
      String why =
          tool
              + " is not installed on this machine, so the restore drill (docs/operations.md) was"
              + " NOT run: it needs the PostgreSQL client tools of the server's major version"
              + " (Debian: apt-get install postgresql-client-15; .ci/run does it)";
      if ("required".equals(System.getenv("TRACKER_RESTORE_DRILL"))) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
  }
}
