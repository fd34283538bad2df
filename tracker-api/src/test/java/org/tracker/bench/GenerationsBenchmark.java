package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.tracker.admin.ProjectionAdmin;
import org.tracker.admin.generations.GenerationPointers;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;

/**
 * Rebuilds without downtime on the {@link SharedDataset} (ADR 0021): the facts rebuilt into their
 * spare generation while a client reads a relationship every 50 ms — every answer must be 200 and
 * the same as before the rebuild — then a verification of the facts with one row of {@code fact}
 * changed by hand beforehand (put back after), which must name that row and no other. Named only
 * ({@code bench/run GenerationsBenchmark}): a rebuild and a verification take minutes each.
 */
class GenerationsBenchmark {

  @Test
  void aReaderDuringARebuildAndAVerificationThatFindsAChangedRow() throws Exception {
    SharedDataset dataset = SharedDataset.open();
    double rebuildSeconds;
    double verifySeconds;
    Reader reader;
    JsonNode verified;
    try (SecondApp app = dataset.start()) {
      ProjectionAdmin admin = app.bean(ProjectionAdmin.class);
      GenerationPointers pointers = app.bean(GenerationPointers.class);
      var before = admin.status("facts").orElseThrow().checksums();
      reader = new Reader(app.api(), "/api/relationships/A1/A2?asOf=2019-12-31");
      long started = System.nanoTime();
      admin.rebuild("facts");
      reader.start();
      RebuildBenchmark.awaitIdle(pointers);
      rebuildSeconds = (System.nanoTime() - started) / 1e9;
      reader.stop();
      assertThat(admin.status("facts").orElseThrow().checksums()).isEqualTo(before);

      String[] row;
      try (Connection c = dataset.connect();
          Statement statement = c.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT development_id::text, version, content FROM fact"
                      + " ORDER BY position LIMIT 1")) {
        rs.next();
        row = new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
      }
      setContent(dataset, row, row[2] + " ");
      try {
        started = System.nanoTime();
        admin.verify("facts");
        RebuildBenchmark.awaitIdle(pointers);
        verifySeconds = (System.nanoTime() - started) / 1e9;
        verified = new ObjectMapper().readTree(pointers.of("facts").orElseThrow().spareReport());
      } finally {
        setContent(dataset, row, row[2]);
      }
      assertThat(admin.status("facts").orElseThrow().checksums()).isEqualTo(before);
    }
    JsonNode fact = verified.path("tables").path("fact");
    boolean named =
        !verified.path("equal").asBoolean(true)
            && fact.path("onlyLive").asLong() == 1
            && fact.path("onlySpare").asLong() == 1;
    BenchmarkReport.record(
        "generations",
        """
        ### Rebuilds without downtime (%s)
        On the shared dataset (%s). The facts rebuilt into their spare generation (%.0f s) while a
        client read `%s` every 50 ms: %,d reads, %,d not 200, %,d with another answer than before
        the rebuild; p50 %.1f ms, p99 %.1f ms, slowest %.1f ms. Then a verification of the facts
        (the log replayed into the spare generation and compared row by row with the live one at
        the same position), one row of `fact` changed by hand beforehand: %.0f s; it named that
        row and no other: %s (only live %d, only replayed %d).
        """
            .formatted(
                BenchmarkReport.machine(),
                dataset.name(),
                rebuildSeconds,
                reader.path,
                reader.reads(),
                reader.notOk(),
                reader.different(),
                reader.percentile(50),
                reader.percentile(99),
                reader.percentile(100),
                verifySeconds,
                named ? "yes" : "**no**",
                fact.path("onlyLive").asLong(),
                fact.path("onlySpare").asLong()));
    assertThat(reader.notOk() + reader.different()).isZero();
    assertThat(named).isTrue();
  }

  private static void setContent(SharedDataset dataset, String[] row, String content)
      throws Exception {
    try (Connection c = dataset.connect();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE fact SET content = ? WHERE development_id = ?::uuid AND version = ?")) {
      update.setString(1, content);
      update.setString(2, row[0]);
      update.setInt(3, Integer.parseInt(row[1]));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** A client reading one answer every 50 ms on a thread of its own, comparing each. */
  private static final class Reader {
    final String path;
    private final Api api;
    private final String expected;
    private final List<Double> millis = new ArrayList<>();
    private int notOk;
    private int different;
    private volatile boolean reading = true;
    private final Thread thread;

    Reader(Api api, String path) {
      this.api = api;
      this.path = path;
      this.expected = api.get(path).text();
      this.thread = new Thread(this::read, "reader");
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      reading = false;
      thread.join();
    }

    private void read() {
      while (reading) {
        long started = System.nanoTime();
        Api.Response r = api.get(path);
        millis.add((System.nanoTime() - started) / 1e6);
        if (r.status() != 200) {
          notOk++;
        } else if (!r.text().equals(expected)) {
          different++;
        }
        LockSupport.parkNanos(50_000_000);
      }
    }

    int reads() {
      return millis.size();
    }

    int notOk() {
      return notOk;
    }

    int different() {
      return different;
    }

    double percentile(int p) {
      List<Double> sorted = millis.stream().sorted().toList();
      if (sorted.isEmpty()) {
        return 0;
      }
      int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }
  }
}
