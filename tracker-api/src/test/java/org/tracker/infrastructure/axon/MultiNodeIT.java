package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.PackagedApp;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Two instances on one database: the projections' segments are shared between them, a development
 * recorded on one reaches a live-stream client of the other within 2 s, the survivor takes over a
 * stopped — or {@code kill -9}ed — instance's segments within the claim timeout, and every
 * projection row is there once.
 */
class MultiNodeIT {

  private static final String[] TIMEOUT = {"--tracker.axon.claim-timeout=4s"};

  private static Set<String> owners(TestDatabase db, String processor) throws Exception {
    Set<String> owners = new HashSet<>();
    try (Connection c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT owner FROM token_entry WHERE processor_name = '"
                        + processor
                        + "' AND owner IS NOT NULL")) {
      while (rs.next()) {
        owners.add(rs.getString(1));
      }
    }
    return owners;
  }

  /** Waits until the two-segment projections have one segment on each of the two instances. */
  private static void awaitShared(TestDatabase db, String a, String b) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                owners(db, "facts").equals(Set.of(a, b))
                    && owners(db, "catalog").equals(Set.of(a, b)));
  }

  /** Whether every claimed segment of these processors is claimed by {@code node}. */
  private static boolean ownedOnlyBy(TestDatabase db, String node, String... processors)
      throws Exception {
    for (String processor : processors) {
      if (!owners(db, processor).equals(Set.of(node))) {
        return false;
      }
    }
    return true;
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * A in a JVM of its own, killed with {@code kill -9} while its projections are still working
   * through an import: nothing released, nothing flushed. B waits out A's claims, takes every
   * segment and finishes A's share; the projections then hold each development once.
   */
  @Test
  void aKilledInstancesSegmentsPassToTheSurvivorAndNothingIsLostOrDoubled(@TempDir Path dir)
      throws Exception {
    TestDatabase db = TestDatabase.get().another();
    String nodeA = "killed-a";
    int meetings = 20_000;
    try (PackagedApp a =
            PackagedApp.start(db, dir.resolve("a.log"), Map.of("TRACKER_NODE_ID", nodeA), TIMEOUT);
        SecondApp b = SecondApp.on(db, TIMEOUT)) {
      String nodeB = b.bean(NodeIdentity.class).id();
      awaitShared(db, nodeA, nodeB);

      Api.Response imported =
          a.api().post("/api/import", "application/x-ndjson", importFile(meetings));
      assertThat(imported.status()).as(imported.text()).isEqualTo(200);
      long head = count(db, "SELECT max(global_index) FROM domain_event_entry");
      assertThat(a.kill()).as("killed by SIGKILL").isEqualTo(137);
      assertThat(lowestPosition(db, nodeA))
          .as("A was killed with its share of the import still to do")
          .isLessThan(head);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> ownedOnlyBy(db, nodeB, "facts", "catalog", "watch-items", "watch-rules"));
      long developments = meetings + 3; // the document, two actors
      await() // each projection finishes A's share at its own pace
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  count(db, "SELECT count(*) FROM fact") == developments
                      && count(db, "SELECT count(*) FROM development") == developments);
      assertThat(count(db, "SELECT count(DISTINCT development_id) FROM fact"))
          .isEqualTo(developments);
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM (SELECT 1 FROM fact_dyad"
                      + " GROUP BY actor_a, actor_b, development_id, version HAVING count(*) > 1) d"))
          .isZero();
      assertThat(count(db, "SELECT count(*) FROM fact_dyad")).isEqualTo(meetings);
    }
  }

  private static final Pattern INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

  /**
   * The instance rebuilding the facts is killed mid-rebuild. An instance started meanwhile answers
   * from the live generation all along (never 503) and stays ready; recording goes on; once the
   * dead instance has been silent long enough, it carries the build on from the spare's stored
   * tokens and flips, and then holds every segment.
   */
  @Test
  void aRebuildWhoseInstanceDiesIsCarriedOnByAnotherWhichAnswersAllAlong(@TempDir Path dir)
      throws Exception {
    TestDatabase db = TestDatabase.get().another();
    String[] timeout = {"--tracker.axon.claim-timeout=20s"};
    JsonNode before;
    try (PackagedApp a =
        PackagedApp.start(
            db, dir.resolve("a.log"), Map.of("TRACKER_NODE_ID", "rebuilder"), timeout)) {
      Api.Response imported =
          a.api().post("/api/import", "application/x-ndjson", importFile(10_000));
      assertThat(imported.status()).as(imported.text()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> a.api().get("/api/admin/projections/facts").json().path("lag").asLong() == 0);
      before = a.api().get("/api/admin/projections/facts").json();
      assertThat(a.api().post("/api/admin/projections/facts/rebuild", "").status()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> lowestPosition(db, "rebuilder", "facts:spare") > 0);
      assertThat(a.kill()).isEqualTo(137);
    }

    try (SecondApp b = SecondApp.on(db, timeout)) {
      assertThat(b.api().get("/api/admin/projections/facts").json().path("state").asText())
          .isEqualTo("REBUILDING");
      String timeline = b.api().get("/api/timeline?actor=KA&size=1").text();
      assertThat(timeline).contains("meeting");
      assertThat(b.api().anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
      String recorded = Fixtures.freshId();
      assertThat(
              b.api()
                  .post(
                      "/api/developments",
                      Fixtures.partnership(
                          recorded, "KA", "KB", "PARTNERSHIP", "夥伴", "2020", "kill"))
                  .status())
          .as("recording goes on")
          .isEqualTo(201);

      List<Integer> answers = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                answers.add(b.api().get("/api/timeline?actor=KA&size=1").status());
                JsonNode facts = b.api().get("/api/admin/projections/facts").json();
                return facts.path("state").asText().equals("RUNNING");
              });
      assertThat(answers).as("never 503 while the build was carried on").containsOnly(200);
      JsonNode after = b.api().get("/api/admin/projections/facts").json();
      assertThat(after.path("lastReport").path("outcome").asText()).isEqualTo("flipped");
      assertThat(after.path("lastReport").path("node").asText())
          .isEqualTo(b.bean(NodeIdentity.class).id());
      assertThat(after.path("live").path("generation").asInt())
          .isEqualTo(1 - before.path("live").path("generation").asInt());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(db, "SELECT count(*) FROM fact") == 10_000 + 3 + 1);
      assertThat(owners(db, "facts")).containsExactly(b.bean(NodeIdentity.class).id());
      assertThat(before.path("checksums").path("fact").asText()).startsWith((10_000 + 3) + ":");
      assertThat(b.api().get("/api/timeline?actor=KA&from=2020").text()).contains(recorded);
    }
  }

  /** The lowest position any of this owner's segments has reached. */
  private static long lowestPosition(TestDatabase db, String owner) throws Exception {
    return lowestPosition(db, owner, null);
  }

  /** The lowest position this owner's segments (of one processor, unless null) have reached. */
  private static long lowestPosition(TestDatabase db, String owner, String processor)
      throws Exception {
    long lowest = Long.MAX_VALUE;
    try (Connection c = db.connect();
        var query =
            c.prepareStatement(
                "SELECT token FROM token_entry WHERE owner = ?"
                    + " AND (? IS NULL OR processor_name = ?)")) {
      query.setString(1, owner);
      query.setString(2, processor);
      query.setString(3, processor);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String token = rs.getString(1); // none yet: the segment is at the start
          Matcher index = INDEX.matcher(token == null ? "" : token);
          lowest = Math.min(lowest, index.find() ? Long.parseLong(index.group(1)) : -1);
        }
      }
    }
    return lowest;
  }

  private static String importFile(int meetings) {
    StringBuilder text =
        new StringBuilder(
            "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\"kill\","
                + "\"title\":\"Kill test\",\"language\":\"en\"}}\n");
    for (String code : List.of("KA", "KB")) {
      text.append(
          ("{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\"%s\",\"kind\":"
                  + "\"ORGANIZATION\",\"name\":{\"en\":\"%s\",\"zh-Hant\":\"%s\"}}}\n")
              .formatted(code, code, code));
    }
    for (int n = 0; n < meetings; n++) {
      text.append(
          ("{\"id\":\"%s\",\"type\":\"MEETING\",\"date\":\"%d\",\"actors\":[\"KA\",\"KB\"],"
                  + "\"attributes\":{},\"summary\":{\"en\":\"meeting %d\"},"
                  + "\"sources\":[{\"document\":\"kill\",\"locator\":\"row %d\"}]}\n")
              .formatted(new UUID(9, n), 1960 + n % 60, n, n));
    }
    return text.toString();
  }

  @Test
  void twoInstancesShareTheWorkSeeEachOthersDevelopmentsAndOneTakesOverFromTheOther()
      throws Exception {
    TestDatabase db = TestDatabase.get().another();
    SecondApp a = SecondApp.on(db, TIMEOUT);
    List<String> ids = new ArrayList<>();
    try (SecondApp b = SecondApp.on(db, TIMEOUT)) {
      try {
        String nodeA = a.bean(NodeIdentity.class).id();
        String nodeB = b.bean(NodeIdentity.class).id();
        assertThat(nodeA).isNotEqualTo(nodeB);

        awaitShared(db, nodeA, nodeB);

        // a rebuild on A while B holds segments of the live projection: A builds the spare and
        // flips; B, fenced off by the flip, takes its share again from the new tokens
        Api.Response rebuild = a.api().post("/api/admin/projections/facts/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.text()).isEqualTo(202);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    a.api()
                        .get("/api/admin/projections/facts")
                        .json()
                        .path("lastReport")
                        .path("outcome")
                        .asText()
                        .equals("flipped"));
        await().atMost(Duration.ofSeconds(30)).until(() -> owners(db, "facts").contains(nodeA));

        // recorded on A, streamed from B
        Fixtures onA = new Fixtures(a.api());
        String x = onA.actor();
        String y = onA.actor();
        String doc = onA.document();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> stream =
            http.send(
                HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/stream"))
                    .header("Authorization", Api.basic("viewer"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        String id = Fixtures.freshId();
        CompletableFuture<Long> seen =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                      if (line.contains(id)) {
                        return System.nanoTime();
                      }
                    }
                    return -1L;
                  } catch (Exception e) {
                    return -1L;
                  }
                });
        long posted = System.nanoTime();
        assertThat(
                a.api()
                    .post(
                        "/api/developments",
                        Fixtures.partnership(id, x, y, "PARTNERSHIP", "夥伴", "2010", doc))
                    .status())
            .isEqualTo(201);
        ids.add(id);
        long arrived = seen.get(2, TimeUnit.SECONDS);
        assertThat(arrived).isPositive();
        assertThat(Duration.ofNanos(arrived - posted)).isLessThan(Duration.ofSeconds(2));
        stream.body().close();

        // both take writes
        for (int i = 0; i < 20; i++) {
          SecondApp on = i % 2 == 0 ? a : b;
          String more = Fixtures.freshId();
          assertThat(
                  on.api()
                      .post(
                          "/api/developments",
                          Fixtures.partnership(
                              more, x, y, "PARTNERSHIP", "夥伴", "20" + (10 + i), doc))
                      .status())
              .isEqualTo(201);
          ids.add(more);
        }

        // A stops: B takes over its segments within the claim timeout, and goes on
        a.close();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> ownedOnlyBy(db, nodeB, "facts", "catalog"));
        for (int i = 0; i < 5; i++) {
          String after = Fixtures.freshId();
          assertThat(
                  b.api()
                      .post(
                          "/api/developments",
                          Fixtures.partnership(
                              after, x, y, "PARTNERSHIP", "夥伴", "19" + (80 + i), doc))
                      .status())
              .isEqualTo(201);
          ids.add(after);
        }
        String list = "'" + String.join("','", ids) + "'";
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    count(db, "SELECT count(*) FROM fact WHERE development_id IN (" + list + ")")
                        == ids.size());
        assertThat(
                count(
                    db, "SELECT count(*) FROM development WHERE development_id IN (" + list + ")"))
            .isEqualTo(ids.size());
        assertThat(
                count(
                    db,
                    "SELECT count(*) FROM (SELECT development_id FROM fact_dyad WHERE"
                        + " development_id IN ("
                        + list
                        + ") GROUP BY development_id, version HAVING count(*) > 1) d"))
            .isZero();
      } finally {
        a.close();
      }
    }
  }
}
