package org.tracker.bench;

import java.io.BufferedWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Import speed: N developments (default 100,000) through {@code POST /api/import}, next to a raw
 * batched JDBC insert of N rows shaped like the event table, measured in the same run on the same
 * server. Run with {@code bench/import}.
 */
class ImportBenchmark {

  private static final int N = Integer.getInteger("bench.import.developments", 100_000);
  private static final int ACTORS = 200;

  @TempDir Path dir;

  private static final int ROUNDS = Integer.getInteger("bench.import.rounds", 3);

  @Test
  void importRateAgainstRawBatchedInserts() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    List<Double> raws = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    List<Long> heaps = new ArrayList<>();
    long fileMiB = 0;
    long lines = N + ACTORS + 1;
    try (SecondApp app = SecondApp.on(database, BenchmarkReport.LARGE_IMPORTS)) {
      HttpClient client = HttpClient.newHttpClient();
      for (int round = 0; round < ROUNDS; round++) {
        Path file = dir.resolve("developments-" + round + ".ndjson");
        writeFile(file, round);
        fileMiB = Files.size(file) / (1024 * 1024);
        raws.add(rawBatchedInsertRate(database, round));
        try (BenchmarkReport.HeapSampler heap = new BenchmarkReport.HeapSampler()) {
          rates.add(lines / BenchmarkReport.importFile(client, app, file));
          heaps.add(heap.peakMiB());
        }
        Files.delete(file);
        BenchmarkReport.awaitProjections(app); // the next round starts on a quiet machine
      }
    }
    double raw = median(raws);
    double rate = median(rates);
    double ratio = rate / raw;
    BenchmarkReport.record(
        "import",
        """
        ### Import (%s)
        Median of %d rounds; each round imports a new file into the same instance right after the
        raw insert of as many rows. Rounds: import %s lines/s; raw %s rows/s.

        | what | figure |
        |---|---|
        | lines per file (developments + registrations) | %,d (%d MiB) |
        | import over HTTP, one transaction, all or nothing | **%,.0f lines/s** |
        | raw JDBC batched insert, same row count, 1,000 rows per batch and transaction | %,.0f rows/s |
        | ratio (goal ≥ 0.33) | **%.2f** %s |
        | peak heap used during an import (whole JVM: app + benchmark; max heap %s) | %d MiB |
        """
            .formatted(
                BenchmarkReport.machine(),
                ROUNDS,
                list(rates),
                list(raws),
                lines,
                fileMiB,
                rate,
                raw,
                ratio,
                ratio >= 1.0 / 3 ? "met" : "NOT met",
                Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB",
                heaps.stream().mapToLong(Long::longValue).max().orElse(0)));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String list(List<Double> values) {
    return values.stream()
        .map(v -> String.format("%,.0f", v))
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private static void writeFile(Path file, int round) throws Exception {
    List<String> actors = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(
          "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\"bench-source\","
              + "\"title\":\"Benchmark source\",\"language\":\"en\"}}\n");
      for (int i = 0; i < ACTORS; i++) {
        String code = "B-" + i; // the same registrations each round: already there after the first
        actors.add(code);
        out.write(
            ("{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\"%s\",\"kind\":\"ORGANIZATION\","
                    + "\"name\":{\"en\":\"Actor %d\",\"zh-Hant\":\"行為者 %d\"}}}\n")
                .formatted(code, i, i));
      }
      String[] levels = {
        "PARTNERSHIP", "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"
      };
      for (int i = 0; i < N; i++) {
        String a = actors.get(i % ACTORS);
        String b = actors.get((i * 7 + 1) % ACTORS);
        if (a.equals(b)) {
          b = actors.get((i + 1) % ACTORS);
        }
        String date = (1950 + i % 70) + "-" + String.format("%02d", 1 + i % 12);
        if (i % 2 == 0) {
          out.write(
              ("{\"id\":\"%s\",\"type\":\"PARTNERSHIP_ESTABLISHED\",\"date\":\"%s\",\"actors\":[\"%s\",\"%s\"],"
                      + "\"attributes\":{\"level\":\"%s\",\"label\":\"戰略夥伴關係\"},"
                      + "\"summary\":{\"en\":\"%s and %s become partners\",\"zh-Hant\":\"建立夥伴關係\"},"
                      + "\"sources\":[{\"document\":\"bench-source\",\"locator\":\"p. %d\",\"quote\":\"夥伴關係\"}]}\n")
                  .formatted(UUID.randomUUID(), date, a, b, levels[i % 3], a, b, i));
        } else {
          out.write(
              ("{\"id\":\"%s\",\"type\":\"VISIT\",\"date\":\"%s\",\"actors\":[\"%s\",\"%s\"],"
                      + "\"attributes\":{\"level\":\"STATE\",\"place\":\"Astana\"},"
                      + "\"summary\":{\"en\":\"%s visits %s\",\"zh-Hant\":\"國事訪問\"},"
                      + "\"sources\":[{\"document\":\"bench-source\",\"locator\":\"p. %d\"}]}\n")
                  .formatted(UUID.randomUUID(), date, a, b, a, b, i));
        }
      }
    }
  }

  /** N rows like the event table's (same columns, ~the same payload size), 1,000 per batch. */
  private static double rawBatchedInsertRate(TestDatabase database, int round) throws Exception {
    try (Connection c =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      c.createStatement()
          .execute(
              """
              CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE bench.raw_event_entry_%d (
                global_index BIGINT GENERATED BY DEFAULT AS IDENTITY (CACHE 1) PRIMARY KEY,
                event_identifier VARCHAR(255) NOT NULL UNIQUE,
                aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL,
                payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                payload TEXT NOT NULL, meta_data TEXT,
                UNIQUE (aggregate_identifier, sequence_number))"""
                  .formatted(round));
      c.setAutoCommit(false);
      String payload =
          "{\"developmentId\":\"%s\",\"content\":{\"type\":\"PARTNERSHIP_ESTABLISHED\",\"date\":\"2013-09\","
              + "\"actors\":[\"B-1\",\"B-2\"],\"attributes\":{\"level\":\"PARTNERSHIP\",\"label\":\"戰略夥伴關係\"},"
              + "\"summary\":{\"en\":\"B-1 and B-2 become partners\",\"zh-Hant\":\"建立夥伴關係\"},"
              + "\"sources\":[{\"document\":\"bench-source\",\"locator\":\"p. 1\",\"quote\":\"夥伴關係\"}]}}";
      String metaData =
          "{\"traceId\":\"%s\",\"correlationId\":\"%s\",\"recordedBy\":\"analyst\","
              + "\"recordedAt\":\"2026-11-26T06:28:35.434895967Z\"}";
      long started = System.nanoTime();
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO bench.raw_event_entry_"
                  + round
                  + " (event_identifier, aggregate_identifier, sequence_number,"
                  + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                  + " VALUES (?, ?, 0, 'Development', ?, 'org.tracker.development.api.DevelopmentRecorded',"
                  + " '1', ?, ?)")) {
        for (int i = 0; i < N; i++) {
          String id = UUID.randomUUID().toString();
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, id);
          insert.setString(3, "2026-11-26T06:28:35.434Z");
          insert.setString(4, payload.formatted(id));
          insert.setString(5, metaData.formatted(id, id));
          insert.addBatch();
          if ((i + 1) % 1000 == 0) {
            insert.executeBatch();
            c.commit();
          }
        }
        insert.executeBatch();
        c.commit();
      }
      return N / ((System.nanoTime() - started) / 1e9);
    }
  }
}
