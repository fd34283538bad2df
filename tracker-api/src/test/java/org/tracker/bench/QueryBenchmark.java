package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Query latency at scale: loads a synthetic log (default 1,000,000 developments over 200 actors and
 * ~5,000 agreements and projects) through the import, in steps (default 100,000 then 1,000,000),
 * and after each step measures over HTTP: a relationship as of a random date for 1,000 random
 * dyads, an actor's full relationship list, and a filtered timeline page. Run with {@code
 * bench/queries}.
 */
class QueryBenchmark {

  /** Actors at 1,000,000 developments; a log of n has 200·√(n/1M), so every dyad is as busy. */
  private static final int ACTORS_AT_1M = 200;

  /** Agreements and projects: one per 200 developments (5,000 at 1,000,000). */
  private static final int DEVELOPMENTS_PER_SUBJECT = 200;

  private static final List<Integer> STEPS =
      Arrays.stream(System.getProperty("bench.queries.steps", "100000,1000000").split(","))
          .map(String::trim)
          .map(Integer::valueOf)
          .toList();
  private static final int SAMPLES = Integer.getInteger("bench.queries.samples", 1000);
  private static final int LIST_SAMPLES = Integer.getInteger("bench.queries.list-samples", 100);

  @TempDir Path dir;

  @Test
  void latencyAtScale() throws Exception {
    StringBuilder table = new StringBuilder();
    for (int step : STEPS) {
      table.append(measureStep(step, new Random(42)));
    }
    BenchmarkReport.record(
        "queries",
        """
        ### Queries at scale (%s)
        Each size on a fresh database; actors grow as 200·√(n/1M) so a dyad has as many facts at
        every size. %,d requests per size over HTTP (%,d for the actor's list), one client, after
        the projections caught up. Latency p50 / p99 in ms. Goals: relationship as-of p99 ≤ 20 ms,
        timeline page p99 ≤ 50 ms.

        | developments | actors | import | projections caught up | vacuum analyze | relationship as-of p50 / p99 | p90 / p95 / max | actor's relationships | timeline page p50 / p99 | p90 / p95 / max | heap after GC | fact tables |
        |---|---|---|---|---|---|---|---|---|---|---|---|
        %s"""
            .formatted(BenchmarkReport.machine(), SAMPLES, LIST_SAMPLES, table));
  }

  private String measureStep(int size, Random random) throws Exception {
    TestDatabase database = TestDatabase.get().another();
    int actors = actors(size);
    try (SecondApp app = SecondApp.on(database, BenchmarkReport.LARGE_IMPORTS)) {
      HttpClient client = HttpClient.newHttpClient();
      Path file = dir.resolve("log-" + size + ".ndjson");
      writeFile(file, size, actors, random);
      double importSeconds = BenchmarkReport.importFile(client, app, file);
      long started = System.nanoTime();
      BenchmarkReport.awaitProjections(app);
      double projectSeconds = (System.nanoTime() - started) / 1e9;
      Files.delete(file);
      started = System.nanoTime();
      vacuum(database); // what autovacuum does soon after a bulk load: measure the steady state
      double vacuumSeconds = (System.nanoTime() - started) / 1e9;

      long[] relationship = measure(client, app, random, SAMPLES, r -> relationshipPath(r, actors));
      long[] list =
          measure(
              client,
              app,
              random,
              LIST_SAMPLES,
              r -> "/api/relationships?actor=A" + r.nextInt(actors) + "&asOf=" + date(r));
      long[] timeline =
          measure(
              client,
              app,
              random,
              SAMPLES,
              r ->
                  "/api/timeline?actor=A"
                      + r.nextInt(actors)
                      + "&from="
                      + (1960 + r.nextInt(50))
                      + "&to=2020&type=VISIT&type=PARTNERSHIP_ESTABLISHED&size=50");
      System.gc();
      long heapMiB =
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
      return "| %,d | %d | %.0f s (%.0f/s) | %.0f s | %.0f s | %s | %s | %s | %s | %s | %d MiB | %s |\n"
          .formatted(
              size,
              actors,
              importSeconds,
              size / importSeconds,
              projectSeconds,
              vacuumSeconds,
              ms(relationship),
              tail(relationship),
              ms(list),
              ms(timeline),
              tail(timeline),
              heapMiB,
              tableSize(database));
    }
  }

  static int actors(int developments) {
    return (int) Math.max(20, Math.round(ACTORS_AT_1M * Math.sqrt(developments / 1e6)));
  }

  private static String relationshipPath(Random r, int actors) {
    int a = r.nextInt(actors);
    int b = (a + 1 + r.nextInt(actors - 1)) % actors;
    return "/api/relationships/A" + a + "/A" + b + "?asOf=" + date(r);
  }

  private static String date(Random r) {
    return LocalDate.of(1960, 1, 1).plusDays(r.nextInt(60 * 365)).toString();
  }

  interface PathMaker {
    String next(Random r);
  }

  private long[] measure(
      HttpClient client, SecondApp app, Random random, int samples, PathMaker paths)
      throws Exception {
    for (int i = 0; i < Math.min(200, samples); i++) { // warm-up: the JIT, the pools
      client.send(get(app, paths.next(random)), HttpResponse.BodyHandlers.discarding());
    }
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      HttpRequest request = get(app, paths.next(random));
      long started = System.nanoTime();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      nanos[i] = System.nanoTime() - started;
      assertThat(response.statusCode()).isEqualTo(200);
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static HttpRequest get(SecondApp app, String path) {
    return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
        .header("Authorization", Api.basic(Api.DEFAULT_USER))
        .GET()
        .build();
  }

  private static String ms(long[] sorted) {
    return "%.1f / %.1f"
        .formatted(
            sorted[sorted.length / 2] / 1e6,
            sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
  }

  /** p90, p95 and the slowest, to tell a long tail from a slow middle. */
  private static String tail(long[] sorted) {
    return "%.1f / %.1f / %.1f"
        .formatted(
            sorted[(int) Math.ceil(sorted.length * 0.90) - 1] / 1e6,
            sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
            sorted[sorted.length - 1] / 1e6);
  }

  private static void vacuum(TestDatabase database) throws Exception {
    try (Connection c =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        var statement = c.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
  }

  private static String tableSize(TestDatabase database) throws Exception {
    try (Connection c =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      var rs =
          c.createStatement()
              .executeQuery(
                  "SELECT pg_size_pretty(pg_total_relation_size('fact')"
                      + " + pg_total_relation_size('fact_actor')"
                      + " + pg_total_relation_size('fact_dyad'))");
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Developments between random actors and dates 1960–2019: partnerships, visits, meetings,
   * agreements (signed by their two parties, in force), project milestones and quantities. An
   * agreement's parties are fixed by its number, as a real bilateral agreement's are.
   */
  static void writeFile(Path file, int count, int actors, Random r) throws Exception {
    String[] levels = {
      "PARTNERSHIP", "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"
    };
    int subjects = Math.max(1, count / DEVELOPMENTS_PER_SUBJECT);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(
          "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\"bench\","
              + "\"title\":\"Synthetic log\",\"language\":\"en\"}}\n");
      for (int i = 0; i < actors; i++) {
        out.write(
            ("{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\"A%d\",\"kind\":"
                    + "\"ORGANIZATION\",\"name\":{\"en\":\"Actor %d\",\"zh-Hant\":\"行為者%d\"}}}\n")
                .formatted(i, i, i));
      }
      for (int n = 0; n < count; n++) {
        int a = r.nextInt(actors);
        int b = (a + 1 + r.nextInt(actors - 1)) % actors;
        String date = date(r);
        String head = "{\"id\":\"" + UUID.randomUUID() + "\",\"date\":\"" + date + "\",";
        String tail =
            ",\"summary\":{\"en\":\"synthetic "
                + n
                + "\",\"zh-Hant\":\"合成\"},"
                + "\"sources\":[{\"document\":\"bench\",\"locator\":\"row "
                + n
                + "\"}]}\n";
        String pair = "\"actors\":[\"A" + a + "\",\"A" + b + "\"]";
        int number = r.nextInt(subjects);
        String subject = String.valueOf(number);
        int partyA = number % actors;
        int partyB = (partyA + 1 + (number / actors) % (actors - 1)) % actors;
        String body =
            switch (r.nextInt(8)) {
              case 0 ->
                  "\"type\":\"PARTNERSHIP_ESTABLISHED\","
                      + pair
                      + ",\"attributes\":{\"level\":\""
                      + levels[r.nextInt(3)]
                      + "\",\"label\":\"夥伴關係\"}";
              case 1, 2 -> "\"type\":\"VISIT\"," + pair + ",\"attributes\":{\"level\":\"STATE\"}";
              case 3 -> "\"type\":\"MEETING\"," + pair + ",\"attributes\":{}";
              case 4 ->
                  "\"type\":\"AGREEMENT_SIGNED\",\"actors\":[\"A"
                      + partyA
                      + "\",\"A"
                      + partyB
                      + "\"]"
                      + ",\"attributes\":{\"agreementId\":\"agr-"
                      + subject
                      + "\",\"title\":\"協定 "
                      + subject
                      + "\",\"obligations\":[\"TRADE\"]}";
              case 5 ->
                  "\"type\":\"AGREEMENT_ENTERED_INTO_FORCE\",\"actors\":[],\"attributes\":"
                      + "{\"agreementId\":\"agr-"
                      + subject
                      + "\"}";
              case 6 ->
                  "\"type\":\"PROJECT_MILESTONE\",\"actors\":[\"A"
                      + a
                      + "\"],\"attributes\":"
                      + "{\"projectId\":\"prj-"
                      + subject
                      + "\",\"milestone\":\"CONSTRUCTION_STARTED\","
                      + "\"status\":\"ACTUAL\"}";
              default ->
                  "\"type\":\"PROJECT_QUANTITY_REPORTED\",\"actors\":[\"A"
                      + a
                      + "\"],"
                      + "\"attributes\":{\"projectId\":\"prj-"
                      + subject
                      + "\",\"quantity\":\"volume\","
                      + "\"value\":"
                      + r.nextInt(100)
                      + ",\"unit\":\"bcm\"}";
            };
        out.write(head + body + tail);
      }
    }
  }
}
