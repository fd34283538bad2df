package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.tracker.admin.ProjectionAdmin;
import org.tracker.admin.generations.GenerationPointers;
import org.tracker.shared.PartialDate;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;

/**
 * Rebuild speed on the {@link SharedDataset} (default 1,000,000 developments): the facts projection
 * rebuilt from the log through {@code POST /api/admin/projections/facts/rebuild} into its spare
 * generation (ADR 0021), timed until the spare has caught up and become live — next to a plain JDBC
 * loop, in the same run on the same database, that reads the same rows in order, parses their JSON
 * and writes equivalent rows into copies of the three fact tables (with their indexes), 100 events
 * per transaction, in one thread — over the log's first {@code bench.rebuild.plain-events} events
 * (300,000; 0 for all): a rate, not a total, and a conservative one (its copies and their indexes
 * stay smaller than the rebuild's tables, so each row costs it less), measured in a quarter of the
 * time the whole log took. One round: it takes minutes. The dataset is left as it was (same
 * checksums; the copies dropped; the next {@link SharedDataset#open()} vacuums the rewritten
 * tables). Goal: the rebuild at least 0.9 of the plain loop's rate.
 */
class RebuildBenchmark {

  private static final int BATCH = 100;
  private static final long PLAIN_EVENTS = Long.getLong("bench.rebuild.plain-events", 0);

  @Test
  void rebuildNextToAPlainJdbcLoop() throws Exception {
    SharedDataset dataset = SharedDataset.open();
    SharedDataset.Built built = dataset.built();
    long events = dataset.count("SELECT count(*) FROM domain_event_entry");
    double rebuildSeconds;
    long peakHeap;
    Reader reader;
    double verifySeconds;
    JsonNode verified;
    try (SecondApp app = dataset.start()) {
      ProjectionAdmin admin = app.bean(ProjectionAdmin.class);
      GenerationPointers pointers = app.bean(GenerationPointers.class);
      var before = admin.status("facts").orElseThrow().checksums();
      reader = new Reader(app.api(), "/api/relationships/A1/A2?asOf=2019-12-31");
      try (var heap = new BenchmarkReport.HeapSampler()) {
        long started = System.nanoTime();
        admin.rebuild("facts");
        reader.start();
        awaitIdle(pointers);
        rebuildSeconds = (System.nanoTime() - started) / 1e9;
        reader.stop();
        peakHeap = heap.peakMiB();
      }
      assertThat(admin.status("facts").orElseThrow().checksums()).isEqualTo(before);

      // a verification, with one row of the live tables changed by hand (and put back after)
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
        long started = System.nanoTime();
        admin.verify("facts");
        awaitIdle(pointers);
        verifySeconds = (System.nanoTime() - started) / 1e9;
        verified = new ObjectMapper().readTree(pointers.of("facts").orElseThrow().spareReport());
      } finally {
        setContent(dataset, row, row[2]);
      }
      assertThat(admin.status("facts").orElseThrow().checksums()).isEqualTo(before);
    } // the machine to the plain loop alone
    long plainEvents = PLAIN_EVENTS <= 0 ? events : Math.min(PLAIN_EVENTS, events);
    double plainSeconds;
    try {
      Plain plain = plainLoop(dataset, plainEvents);
      long upTo = plain.lastPosition();
      plainSeconds = plain.seconds();
      assertThat(dataset.count("SELECT count(*) FROM plain_fact"))
          .isEqualTo(dataset.count("SELECT count(*) FROM fact WHERE position <= " + upTo));
      assertThat(dataset.count("SELECT count(*) FROM plain_fact_actor"))
          .isEqualTo(dataset.count("SELECT count(*) FROM fact_actor WHERE position <= " + upTo));
    } finally {
      try (Connection c = dataset.connect();
          Statement drop = c.createStatement()) {
        drop.execute("DROP TABLE IF EXISTS plain_fact, plain_fact_actor, plain_fact_dyad");
      }
    }

    double rebuildRate = events / rebuildSeconds;
    double plainRate = plainEvents / plainSeconds;
    String rows =
        "| %,d | %,d | %.0f s | %.0f s | %.0f s (%,.0f/s) | %d MiB | %,d events: %.0f s (%,.0f/s) | %.2f | %s |\n"
            .formatted(
                built.developments(),
                events,
                built.importSeconds(),
                built.caughtUpSeconds(),
                rebuildSeconds,
                rebuildRate,
                peakHeap,
                plainEvents,
                plainSeconds,
                plainRate,
                rebuildRate / plainRate,
                rebuildRate >= 0.9 * plainRate ? "met" : "**missed**");
    JsonNode fact = verified.path("tables").path("fact");
    boolean named =
        !verified.path("equal").asBoolean(true)
            && fact.path("onlyLive").asLong() == 1
            && fact.path("onlySpare").asLong() == 1;
    rows +=
        """

        During the rebuild a client read `%s` every 50 ms: %,d reads, %,d not 200, %,d with
        another answer than before the rebuild; p50 %.1f ms, p99 %.1f ms, slowest %.1f ms.
        A verification of the facts (replayed into the spare generation and compared row by row
        with the live one), one row of `fact` changed by hand beforehand: %.0f s; it named that
        row and no other: %s (only live %d, only replayed %d).
        """
            .formatted(
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
                fact.path("onlySpare").asLong());
    BenchmarkReport.record(
        "rebuild",
        """
        ### Rebuild (%s)
        On the shared dataset (%s; import and catch-up are its building). The facts projection
        rebuilt from the log (`POST /api/admin/projections/facts/rebuild`, timed until the
        spare generation has caught up and the pointer flipped to it: emptying the spare tables,
        replaying into them while the live ones answer, writing fact, fact_actor and fact_dyad,
        the flip) next to a plain JDBC loop on the same database after the
        app stopped: one thread reads the same rows in order (fetch size 1,000), parses each
        payload with Jackson and writes the equivalent rows into copies of the three tables (same
        indexes), 100 events per transaction, batched inserts. Rates are events of the log per
        second. Goal: rebuild ≥ 0.9 of the plain loop.

        | developments | events | import | projections caught up | rebuild | peak heap | plain loop | ratio | goal |
        |---|---|---|---|---|---|---|---|---|
        %s"""
            .formatted(BenchmarkReport.machine(), dataset.name(), rows));
  }

  private static void awaitIdle(GenerationPointers pointers) {
    while (pointers.of("facts").orElseThrow().building()) {
      LockSupport.parkNanos(100_000_000); // polls 10 times a second: ±0.1 s in minutes
    }
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
    private final List<Double> millis = new java.util.ArrayList<>();
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
      return sorted.get(
          Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
  }

  // ------------------------------------------------------------------------------------------
  // the plain loop

  private static final String PUT =
      """
      INSERT INTO plain_fact (development_id, version, type, earliest, latest, actors, subject,
                              parent, content, search, recorded_at, position)
      VALUES (?, 1, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)""";
  private static final String PUT_ACTOR =
      """
      INSERT INTO plain_fact_actor (actor, earliest, position, development_id, version, type,
                                    latest, recorded_at, subject)
      VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)""";
  private static final String PUT_DYAD =
      """
      INSERT INTO plain_fact_dyad (actor_a, actor_b, earliest, development_id, version)
      VALUES (?, ?, ?, ?, 1)""";
  private static final String[] SUBJECTS = {
    "agreementId", "projectId", "proposalId", "organization", "documentId", "code"
  };
  private static final String[] TEXTS = {"label", "labelEn", "title", "titleEn", "body", "place"};

  /** The plain loop's time, and the position of the last event it read. */
  private record Plain(long lastPosition, double seconds) {}

  /** Runs the plain loop over the log's first {@code limit} events. */
  private static Plain plainLoop(SharedDataset dataset, long limit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Properties props = new Properties();
    props.setProperty("reWriteBatchedInserts", "true");
    try (Connection read = dataset.connect(props);
        Connection write = dataset.connect(props)) {
      try (Statement ddl = write.createStatement()) {
        for (String table : List.of("fact", "fact_actor", "fact_dyad")) {
          ddl.execute("CREATE TABLE plain_%1$s (LIKE %1$s INCLUDING ALL)".formatted(table));
        }
      }
      long started = System.nanoTime();
      read.setAutoCommit(false);
      write.setAutoCommit(false);
      long last = -1;
      try (Statement scan = read.createStatement();
          PreparedStatement facts = write.prepareStatement(PUT);
          PreparedStatement actors = write.prepareStatement(PUT_ACTOR);
          PreparedStatement dyads = write.prepareStatement(PUT_DYAD)) {
        scan.setFetchSize(1000);
        ResultSet rs =
            scan.executeQuery(
                "SELECT global_index, payload_type, payload, time_stamp FROM domain_event_entry"
                    + " ORDER BY global_index LIMIT "
                    + limit);
        int inBatch = 0;
        while (rs.next()) {
          last = rs.getLong(1);
          if (rs.getString(2).endsWith(".DevelopmentRecorded")) {
            JsonNode payload = json.readTree(rs.getString(3));
            write(
                payload,
                rs.getLong(1),
                Timestamp.from(Instant.parse(rs.getString(4))),
                json,
                facts,
                actors,
                dyads);
          }
          if (++inBatch == BATCH) {
            flush(write, facts, actors, dyads);
            inBatch = 0;
          }
        }
        flush(write, facts, actors, dyads);
      }
      read.commit();
      return new Plain(last, (System.nanoTime() - started) / 1e9);
    }
  }

  private static void write(
      JsonNode payload,
      long position,
      Timestamp recordedAt,
      ObjectMapper json,
      PreparedStatement facts,
      PreparedStatement actors,
      PreparedStatement dyads)
      throws Exception {
    UUID id = UUID.fromString(payload.path("developmentId").asText());
    JsonNode content = payload.path("content");
    JsonNode attributes = content.path("attributes");
    String type = content.path("type").asText();
    String dateText = content.path("date").isTextual() ? content.path("date").asText() : null;
    PartialDate date = dateText == null ? null : PartialDate.parse(dateText);
    Date earliest = date == null ? null : Date.valueOf(date.earliest());
    Date latest = date == null ? null : Date.valueOf(date.latest());
    TreeSet<String> sorted = new TreeSet<>();
    content.path("actors").forEach(a -> sorted.add(a.asText()));
    List<String> codes = List.copyOf(sorted);
    String subject = null;
    for (String attribute : SUBJECTS) {
      if (attributes.path(attribute).isTextual()) {
        subject = attributes.path(attribute).asText();
        break;
      }
    }
    StringJoiner search = new StringJoiner("\n");
    add(search, content.path("summary").path("en"));
    add(search, content.path("summary").path("zh-Hant"));
    content.path("sources").forEach(s -> add(search, s.path("quote")));
    for (String attribute : TEXTS) {
      add(search, attributes.path(attribute));
    }
    attributes.path("name").forEach(n -> add(search, n));

    facts.setObject(1, id);
    facts.setString(2, type);
    facts.setDate(3, earliest);
    facts.setDate(4, latest);
    facts.setArray(5, facts.getConnection().createArrayOf("varchar", codes.toArray()));
    facts.setString(6, subject);
    facts.setString(
        7, attributes.path("parent").isTextual() ? attributes.path("parent").asText() : null);
    facts.setString(8, json.writeValueAsString(content));
    facts.setString(9, search.toString().toLowerCase(Locale.ROOT));
    facts.setTimestamp(10, recordedAt);
    facts.setLong(11, position);
    facts.addBatch();
    for (int i = 0; i < codes.size(); i++) {
      actors.setString(1, codes.get(i));
      actors.setDate(2, earliest);
      actors.setLong(3, position);
      actors.setObject(4, id);
      actors.setString(5, type);
      actors.setDate(6, latest);
      actors.setTimestamp(7, recordedAt);
      actors.setString(8, subject);
      actors.addBatch();
      for (int j = i + 1; j < codes.size(); j++) {
        dyads.setString(1, codes.get(i));
        dyads.setString(2, codes.get(j));
        dyads.setDate(3, earliest);
        dyads.setObject(4, id);
        dyads.addBatch();
      }
    }
  }

  private static void add(StringJoiner text, JsonNode value) {
    if (value.isTextual() && !value.asText().isBlank()) {
      text.add(value.asText());
    }
  }

  private static void flush(Connection write, PreparedStatement... statements) throws Exception {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    write.commit();
  }
}
