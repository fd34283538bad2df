package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;

/**
 * Query latency on the {@link SharedDataset} (default 1,000,000 developments over 200 actors and
 * ~5,000 agreements and projects), over HTTP: a relationship as of a random date for 1,000 random
 * dyads, an actor's full relationship list, and a filtered timeline page — in {@link
 * BenchmarkReport#ROUNDS} rounds, each percentile the median of the rounds'. Run with {@code
 * bench/run}; at 100,000 and 10,000,000 developments with {@code bench/scale}.
 */
class QueryBenchmark {

  private static final int SAMPLES = Integer.getInteger("bench.queries.samples", 1000);
  private static final int LIST_SAMPLES = Integer.getInteger("bench.queries.list-samples", 100);

  @Test
  void latencyOnTheSharedDataset() throws Exception {
    SharedDataset dataset = SharedDataset.open();
    SharedDataset.Built built = dataset.built();
    int actors = built.actors();
    Random random = new Random(42);
    List<long[]> relationships = new ArrayList<>();
    List<long[]> lists = new ArrayList<>();
    List<long[]> timelines = new ArrayList<>();
    long heapMiB;
    try (SecondApp app = dataset.start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (int round = 0; round < BenchmarkReport.ROUNDS; round++) {
        int warmUp = round == 0 ? 200 : 0; // the JIT, the pools
        relationships.add(
            measure(client, app, random, warmUp, SAMPLES, r -> relationshipPath(r, actors)));
        lists.add(
            measure(
                client,
                app,
                random,
                warmUp,
                LIST_SAMPLES,
                r ->
                    "/api/relationships?actor=A"
                        + r.nextInt(actors)
                        + "&asOf="
                        + SyntheticLog.date(r)
                        // the dataset's actors are organisations; a list shows states by default
                        + "&kind=all"));
        timelines.add(
            measure(
                client,
                app,
                random,
                warmUp,
                SAMPLES,
                r ->
                    "/api/timeline?actor=A"
                        + r.nextInt(actors)
                        + "&from="
                        + (1960 + r.nextInt(50))
                        + "&to=2020&type=VISIT&type=PARTNERSHIP_ESTABLISHED&size=50"));
      }
      System.gc();
      heapMiB =
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
    }
    String row =
        "| %,d | %d | %.0f s (%,.0f/s) | %.0f s | %.0f s | %s | %s | %s | %s | %s | %d MiB | %s |\n"
            .formatted(
                built.developments(),
                actors,
                built.importSeconds(),
                built.lines() / built.importSeconds(),
                built.caughtUpSeconds(),
                built.vacuumSeconds(),
                ms(relationships),
                tail(relationships),
                ms(lists),
                ms(timelines),
                tail(timelines),
                heapMiB,
                tableSize(dataset));
    BenchmarkReport.record(
        "queries",
        """
        ### Queries at scale (%s)
        On the shared dataset (%s); actors grow as 200·√(n/1M) so a dyad has as many facts at
        every size. Import, catch-up and vacuum are the dataset's building (the import step).
        %,d requests per kind and round over HTTP (%,d for the actor's list), one client, %d
        rounds: each percentile is the median of the rounds', max the slowest of all. Latency
        p50 / p99 in ms. Goals: relationship as-of p99 ≤ 20 ms, timeline page p99 ≤ 50 ms.
        Rounds, p99: relationship %s; actor's relationships %s; timeline %s.

        | developments | actors | import | projections caught up | vacuum analyze | relationship as-of p50 / p99 | p90 / p95 / max | actor's relationships | timeline page p50 / p99 | p90 / p95 / max | heap after GC | fact tables |
        |---|---|---|---|---|---|---|---|---|---|---|---|
        %s"""
            .formatted(
                BenchmarkReport.machine(),
                dataset.name(),
                SAMPLES,
                LIST_SAMPLES,
                BenchmarkReport.ROUNDS,
                rounds(relationships),
                rounds(lists),
                rounds(timelines),
                row));
  }

  private static String relationshipPath(Random r, int actors) {
    int a = r.nextInt(actors);
    int b = (a + 1 + r.nextInt(actors - 1)) % actors;
    return "/api/relationships/A" + a + "/A" + b + "?asOf=" + SyntheticLog.date(r);
  }

  interface PathMaker {
    String next(Random r);
  }

  /** Latencies (ns, sorted) of {@code samples} requests after {@code warmUp} unmeasured ones. */
  private static long[] measure(
      HttpClient client, SecondApp app, Random random, int warmUp, int samples, PathMaker paths)
      throws Exception {
    for (int i = 0; i < Math.min(warmUp, samples); i++) {
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

  /** The latency at quantile q of one round's sorted latencies (nanoseconds). */
  private static long at(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
  }

  /** The median over the rounds of one figure of a round, in ms. */
  private static double median(List<long[]> rounds, ToLongFunction<long[]> figure) {
    return BenchmarkReport.median(
            rounds.stream().map(figure::applyAsLong).toList(), Comparator.naturalOrder())
        / 1e6;
  }

  private static String ms(List<long[]> rounds) {
    return "%.1f / %.1f"
        .formatted(median(rounds, s -> s[s.length / 2]), median(rounds, s -> at(s, 0.99)));
  }

  /** p90, p95 and the slowest, to tell a long tail from a slow middle. */
  private static String tail(List<long[]> rounds) {
    return "%.1f / %.1f / %.1f"
        .formatted(
            median(rounds, s -> at(s, 0.90)),
            median(rounds, s -> at(s, 0.95)),
            rounds.stream().mapToLong(s -> s[s.length - 1]).max().orElse(0) / 1e6);
  }

  /** Each round's p99, in ms. */
  private static String rounds(List<long[]> rounds) {
    return rounds.stream()
        .map(s -> "%.1f".formatted(at(s, 0.99) / 1e6))
        .collect(Collectors.joining(", "));
  }

  private static String tableSize(SharedDataset dataset) throws Exception {
    try (Connection c = dataset.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT pg_size_pretty(pg_total_relation_size('fact')"
                        + " + pg_total_relation_size('fact_actor')"
                        + " + pg_total_relation_size('fact_dyad'))")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
