package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Recording one development over HTTP ({@code POST /api/developments}, validated, appended,
 * answered) with 1 client and with 8, next to the raw baseline measured in the same run on the same
 * server: one row per transaction into a table shaped like the event table. Goals: 1 client ≥ ½ the
 * raw rate; 8 clients ≥ 1.5× it (group commit pays). Run with {@code bench/run}.
 */
class RecordingBenchmark {

  private static final int N = Integer.getInteger("bench.recording.requests", 2000);
  private static final int CLIENTS = 8;

  @Test
  void recordingOverHttpAgainstOneRowPerTransaction() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    String rows;
    try (SecondApp app = SecondApp.on(database)) {
      Fixtures fixtures = new Fixtures(app.api());
      String a = fixtures.actor();
      String b = fixtures.actor();
      String doc = fixtures.document();
      HttpClient http = HttpClient.newHttpClient();
      send(http, app, a, b, doc, 200); // warm-up: the JIT, the pools

      double raw = rawOneRowPerTransaction(database, N);
      long[] one = send(http, app, a, b, doc, N);
      double oneRate = N / (sum(one) / 1e9);

      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<long[]>> parts = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < CLIENTS; i++) {
        parts.add(pool.submit(() -> send(HttpClient.newHttpClient(), app, a, b, doc, N / CLIENTS)));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> part : parts) {
        Arrays.stream(part.get()).forEach(all::add);
      }
      double eightRate = (N / CLIENTS * CLIENTS) / ((System.nanoTime() - started) / 1e9);
      pool.shutdown();
      long[] eight = all.stream().mapToLong(Long::longValue).sorted().toArray();
      Arrays.sort(one);
      rows =
          "| 1 client | %s | %,.0f/s | %,.0f/s | %.2f | ≥ 0.5: %s |\n| 8 clients | %s | %,.0f/s | %,.0f/s | %.2f | ≥ 1.5: %s |\n"
              .formatted(
                  ms(one),
                  oneRate,
                  raw,
                  oneRate / raw,
                  oneRate / raw >= 0.5 ? "met" : "**missed**",
                  ms(eight),
                  eightRate,
                  raw,
                  eightRate / raw,
                  eightRate / raw >= 1.5 ? "met" : "**missed**");
    }
    BenchmarkReport.record(
        "recording",
        """
        ### Recording over HTTP (%s)
        %,d developments posted one by one (after 200 warm-up requests), then the same number by 8
        clients at once; raw baseline: %,d single-row INSERTs, each its own transaction (fsync on),
        into a table shaped like the event table, same run, same server.

        | clients | p50 / p99 | rate | raw one-row-per-transaction | ratio | goal |
        |---|---|---|---|---|---|
        %s"""
            .formatted(BenchmarkReport.machine(), N, N, rows));
  }

  /**
   * Posts {@code n} developments one after another and answers each one's latency. Uses {@link
   * HttpURLConnection}, which sends a small request in one write: the JDK's {@code HttpClient}
   * writes headers and body apart, and Nagle's algorithm with the server's delayed ACK then adds
   * ~40 ms to every POST — a client artefact, not Tracker's time.
   */
  private static long[] send(
      HttpClient unused, SecondApp app, String a, String b, String doc, int n) throws Exception {
    long[] nanos = new long[n];
    URL url = URI.create(app.baseUrl() + "/api/developments").toURL();
    String authorization = Api.basic(Api.DEFAULT_USER);
    for (int i = 0; i < n; i++) {
      byte[] body =
          Fixtures.partnership(
                  UUID.randomUUID().toString(), a, b, "PARTNERSHIP", "夥伴關係", "2013-09", doc)
              .getBytes(StandardCharsets.UTF_8);
      long started = System.nanoTime();
      HttpURLConnection c = (HttpURLConnection) url.openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(body.length);
      c.setRequestProperty("Authorization", authorization);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        in.readAllBytes();
      }
      nanos[i] = System.nanoTime() - started;
      assertThat(status).isEqualTo(201);
    }
    return nanos;
  }

  private static double rawOneRowPerTransaction(TestDatabase database, int n) throws Exception {
    try (Connection c = database.connect()) {
      c.createStatement()
          .execute(
              """
              CREATE TABLE raw_recording (
                global_index BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                event_identifier VARCHAR(255) NOT NULL UNIQUE,
                aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL,
                payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                payload TEXT NOT NULL, meta_data TEXT,
                UNIQUE (aggregate_identifier, sequence_number))""");
      String payload =
          Fixtures.partnership("%s", "B-1", "B-2", "PARTNERSHIP", "夥伴關係", "2013-09", "bench");
      long started = System.nanoTime();
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO raw_recording (event_identifier, aggregate_identifier, sequence_number,"
                  + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                  + " VALUES (?, ?, 0, 'Development', '2026-11-26T06:28:35.434Z',"
                  + " 'org.tracker.development.api.DevelopmentRecorded', '1', ?,"
                  + " '{\"recordedBy\":\"admin\"}')")) {
        for (int i = 0; i < n; i++) {
          String id = UUID.randomUUID().toString();
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, id);
          insert.setString(3, payload.replace("%s", id));
          insert.executeUpdate(); // autocommit: one transaction, one fsync, per row
        }
      }
      return n / ((System.nanoTime() - started) / 1e9);
    }
  }

  private static long sum(long[] values) {
    return Arrays.stream(values).sum();
  }

  private static String ms(long[] sorted) {
    return "%.1f / %.1f ms"
        .formatted(
            sorted[sorted.length / 2] / 1e6,
            sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
  }
}
