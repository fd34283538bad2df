package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Recording one development over HTTP ({@code POST /api/developments}, validated, appended,
 * answered) with 1 client and with 8, next to the raw baseline measured in the same run on the same
 * server: one row per transaction into a table shaped like the event table. Goals: 1 client ≥ ½ the
 * raw rate; 8 clients ≥ 1.5× it (group commit pays). Also measured, to say what bounds it: the
 * machine's CPU time per request (client, app and PostgreSQL share this machine), and the floor of
 * the HTTP stack — an authenticated GET answered from memory. {@link BenchmarkReport#ROUNDS}
 * rounds. On its own database, not the shared dataset. Run with {@code bench/run}.
 */
class RecordingBenchmark {

  private static final int N = Integer.getInteger("bench.recording.requests", 5000);
  private static final int WARM_UP = Integer.getInteger("bench.recording.warm-up", 30_000);
  private static final int CLIENTS = 8;

  @Test
  void recordingOverHttpAgainstOneRowPerTransaction() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    String rows;
    String rounds;
    try (SecondApp app = SecondApp.on(database)) {
      Fixtures fixtures = new Fixtures(app.api());
      String a = fixtures.actor();
      String b = fixtures.actor();
      String doc = fixtures.document();
      URL record = URI.create(app.baseUrl() + "/api/developments").toURL();
      URL floor = URI.create(app.baseUrl() + "/api/imports").toURL();
      // every phase starts with the projections caught up, and a recording's CPU includes
      // projecting it: the phase's CPU is counted until they have caught up again
      Runnable caughtUp =
          () ->
              Projections.awaitCaughtUp(
                  app.bean(EventProcessingConfiguration.class),
                  app.bean(DataSource.class),
                  Duration.ofMinutes(5));
      // warm-up: on 2 cores the one C2 compiler thread is still busy after 20,000 requests
      clients(CLIENTS, WARM_UP, () -> record(record, a, b, doc));
      clients(1, 2000, () -> get(floor));
      caughtUp.run();

      List<Measured> raws = new ArrayList<>();
      List<Measured> floors = new ArrayList<>();
      List<Measured> ones = new ArrayList<>();
      List<Measured> eights = new ArrayList<>();
      for (int round = 0; round < BenchmarkReport.ROUNDS; round++) { // interleaved: drift hits all
        raws.add(Measured.of(N, () -> rawOneRowPerTransaction(database, N), () -> {}));
        floors.add(Measured.of(N, () -> clients(1, N, () -> get(floor)), () -> {}));
        ones.add(Measured.of(N, () -> clients(1, N, () -> record(record, a, b, doc)), caughtUp));
        eights.add(
            Measured.of(N, () -> clients(CLIENTS, N, () -> record(record, a, b, doc)), caughtUp));
      }
      Measured raw = Measured.median(raws);
      rows =
          String.join(
              "\n",
              Measured.median(ones).row("recording, 1 client", raw, 0.5),
              Measured.median(eights).row("recording, 8 clients", raw, 1.5),
              Measured.median(floors)
                  .row("floor: authenticated GET answered from memory, 1 client", raw, 0),
              raw.row("raw: one-row INSERT per transaction (JDBC, autocommit)", raw, 0));
      rounds =
          "1 client %s; 8 clients %s; floor %s; raw %s"
              .formatted(
                  Measured.rates(ones),
                  Measured.rates(eights),
                  Measured.rates(floors),
                  Measured.rates(raws));
    }
    BenchmarkReport.record(
        "recording",
        """
        ### Recording over HTTP (%s)
        After %,d warm-up recordings: %,d developments posted one by one, then %,d by 8 clients at
        once; raw baseline: %,d single-row INSERTs, each its own transaction (fsync on), into a table
        shaped like the event table, same run, same server. Each phase starts with the projections
        caught up; CPU is the whole machine's (client, app, PostgreSQL; /proc/stat) per request, from
        the phase's start until the projections have caught up again ("projections after": how long
        that took after the last answer). %d rounds of the four phases; each row is the round with
        the median rate. Rounds, rate per second: %s.

        | what | p50 / p99 | rate | machine CPU per request | projections after | ratio to raw | goal |
        |---|---|---|---|---|---|---|
        %s
        """
            .formatted(
                BenchmarkReport.machine(), WARM_UP, N, N, N, BenchmarkReport.ROUNDS, rounds, rows));
  }

  /**
   * Latencies (ns, sorted), rate, machine CPU per request (including the work {@code afterwards}
   * waits for) and how long that took, of one measured run.
   */
  record Measured(long[] sorted, double rate, double cpuMsPerRequest, double afterSeconds) {

    static Measured of(int n, Callable<long[]> run, Runnable afterwards) throws Exception {
      long cpu = MachineCpu.busyMillis();
      long started = System.nanoTime();
      long[] nanos = run.call();
      long ended = System.nanoTime();
      afterwards.run();
      double after = (System.nanoTime() - ended) / 1e9;
      long cpuAfter = MachineCpu.busyMillis();
      double cpuMs = cpu < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpu) / (double) n;
      Arrays.sort(nanos);
      return new Measured(nanos, n / ((ended - started) / 1e9), cpuMs, after);
    }

    /** The one with the median rate. */
    static Measured median(List<Measured> rounds) {
      return BenchmarkReport.median(rounds, Comparator.comparingDouble(Measured::rate));
    }

    static String rates(List<Measured> rounds) {
      return rounds.stream()
          .map(m -> "%,.0f".formatted(m.rate()))
          .collect(Collectors.joining(", "));
    }

    String row(String what, Measured raw, double goal) {
      String latency =
          sorted.length == 0
              ? "—"
              : "%.2f / %.2f ms"
                  .formatted(
                      sorted[sorted.length / 2] / 1e6,
                      sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
      String cpu = cpuMsPerRequest < 0 ? "n/a" : "%.2f ms".formatted(cpuMsPerRequest);
      String verdict =
          goal == 0
              ? "—"
              : "≥ %s: %s".formatted(goal, rate / raw.rate >= goal ? "met" : "**missed**");
      String caughtUp = afterSeconds < 0.05 ? "—" : "%.1f s".formatted(afterSeconds);
      return "| %s | %s | %,.0f/s | %s | %s | %.2f | %s |"
          .formatted(what, latency, rate, cpu, caughtUp, rate / raw.rate, verdict);
    }
  }

  /** {@code n} requests from {@code clients} clients at once; answers every latency. */
  private static long[] clients(int clients, int n, Request request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int share = n / clients + (i < n % clients ? 1 : 0);
        parts.add(
            pool.submit(
                () -> {
                  long[] nanos = new long[share];
                  for (int k = 0; k < share; k++) {
                    long started = System.nanoTime();
                    request.send();
                    nanos[k] = System.nanoTime() - started;
                  }
                  return nanos;
                }));
      }
      long[] all = new long[0];
      for (Future<long[]> part : parts) {
        long[] some = part.get();
        long[] joined = Arrays.copyOf(all, all.length + some.length);
        System.arraycopy(some, 0, joined, all.length, some.length);
        all = joined;
      }
      return all;
    } finally {
      pool.shutdown();
    }
  }

  @FunctionalInterface
  interface Request {
    void send() throws Exception;
  }

  /** Busy time of the whole machine from /proc/stat (all cores), or -1 where there is none. */
  static final class MachineCpu {
    private MachineCpu() {}

    static long busyMillis() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
          total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return (total - idle) * 1000 / 100; // USER_HZ is 100 on Linux
      } catch (Exception e) {
        return -1; // shown as n/a
      }
    }
  }

  /**
   * Posts one development and checks it was recorded. Uses {@link HttpURLConnection}, which sends a
   * small request in one write: the JDK's {@code HttpClient} writes headers and body apart, and
   * Nagle's algorithm with the server's delayed ACK then adds ~40 ms to every POST — a client
   * artefact, not Tracker's time.
   */
  private static void record(URL url, String a, String b, String doc) throws Exception {
    byte[] body =
        Fixtures.partnership(
                UUID.randomUUID().toString(), a, b, "PARTNERSHIP", "夥伴關係", "2013-09", doc)
            .getBytes(StandardCharsets.UTF_8);
    HttpURLConnection c = (HttpURLConnection) url.openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    c.setRequestProperty("Authorization", AUTHORIZATION);
    c.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    assertThat(answer(c)).isEqualTo(201);
  }

  private static void get(URL url) throws Exception {
    HttpURLConnection c = (HttpURLConnection) url.openConnection();
    c.setRequestProperty("Authorization", AUTHORIZATION);
    assertThat(answer(c)).isEqualTo(200);
  }

  private static int answer(HttpURLConnection c) throws Exception {
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      in.readAllBytes();
    }
    return status;
  }

  private static final String AUTHORIZATION = Api.basic(Api.DEFAULT_USER);

  private static long[] rawOneRowPerTransaction(TestDatabase database, int n) throws Exception {
    try (Connection c = database.connect()) {
      c.createStatement()
          .execute(
              """
              DROP TABLE IF EXISTS raw_recording; CREATE TABLE raw_recording (
                global_index BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                event_identifier VARCHAR(255) NOT NULL UNIQUE,
                aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL,
                payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                payload TEXT NOT NULL, meta_data TEXT,
                UNIQUE (aggregate_identifier, sequence_number))""");
      String payload =
          Fixtures.partnership("%s", "B-1", "B-2", "PARTNERSHIP", "夥伴關係", "2013-09", "bench");
      long[] nanos = new long[n];
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
          long started = System.nanoTime();
          insert.executeUpdate(); // autocommit: one transaction, one fsync, per row
          nanos[i] = System.nanoTime() - started;
        }
      }
      return nanos;
    }
  }
}
