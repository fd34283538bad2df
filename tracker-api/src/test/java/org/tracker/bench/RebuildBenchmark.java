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
    try (SecondApp app = dataset.start()) {
      ProjectionAdmin admin = app.bean(ProjectionAdmin.class);
      GenerationPointers pointers = app.bean(GenerationPointers.class);
      var before = admin.status("facts").orElseThrow().checksums();
      try (var heap = new BenchmarkReport.HeapSampler()) {
        long started = System.nanoTime();
        admin.rebuild("facts");
        awaitIdle(pointers);
        rebuildSeconds = (System.nanoTime() - started) / 1e9;
        peakHeap = heap.peakMiB();
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

  /** Until the facts' spare generation is built and, for a rebuild, live. */
  static void awaitIdle(GenerationPointers pointers) {
    while (pointers.of("facts").orElseThrow().building()) {
      LockSupport.parkNanos(100_000_000); // polls 10 times a second: ±0.1 s in minutes
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
