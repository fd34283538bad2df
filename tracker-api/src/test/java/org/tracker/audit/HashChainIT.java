package org.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracker.audit.chain.ChainWriter;
import org.tracker.audit.chain.ChainWriting;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.SecondApp;

/**
 * The chain writer (ADR 0019): every event sealed shortly after commit, imports and logs older than
 * the chain included; a position in flight waited for, a gap linked over, one writer at a time.
 */
class HashChainIT extends OnAFreshDatabase {

  @Test
  void anUntouchedLogHoldsWithEveryEventSealedImportsIncluded() throws Exception {
    start();
    String doc = fixtures.document();
    fixtures.recordedPartnership(fixtures.actor(), fixtures.actor(), doc);
    String x = Fixtures.freshCode();
    String y = Fixtures.freshCode();
    Ndjson file =
        new Ndjson()
            .actor(x)
            .actor(y)
            .document("doc-imported")
            .partnership(null, x, y, "PARTNERSHIP", "2001", "doc-imported")
            .partnership(null, x, y, "STRATEGIC_PARTNERSHIP", "2011-05", "doc-imported");
    Api.Response imported = api.post("/api/import", "application/x-ndjson", file.toString());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);

    JsonNode verified = sealedThrough(lastPosition());

    assertThat(verified.path("holds").asBoolean()).isTrue();
    assertThat(verified.path("count").asLong()).isEqualTo(eventCount()).isGreaterThanOrEqualTo(8);
    assertThat(verified.path("head").path("position").asLong()).isEqualTo(lastPosition());
    assertThat(verified.path("head").path("hash").asText()).matches("[0-9a-f]{64}");
    assertThat(verified.path("unsealed").path("count").asLong()).isZero();
    assertThat(verified.has("breaksAt")).isFalse();
    assertThat(db.rows("SELECT count(*) FROM event_seal")).containsExactly("" + eventCount());
  }

  @Test
  void aLogRecordedBeforeTheChainExistedIsSealedFromTheStart() throws Exception {
    start("--tracker.audit.sealing=false");
    recordedLog();
    JsonNode before = auditor.get("/api/audit/verify").json();
    assertThat(before.path("count").asLong()).isZero();
    assertThat(before.path("unsealed").path("count").asLong()).isEqualTo(eventCount());
    assertThat(before.path("unsealed").path("oldestPosition").asLong()).isEqualTo(1);
    app.close();

    app = SecondApp.on(db);
    auditor = app.api().as("auditor");

    JsonNode after = sealedThrough(lastPosition());
    assertThat(after.path("holds").asBoolean()).isTrue();
    assertThat(after.path("count").asLong()).isEqualTo(eventCount());
    assertThat(db.rows("SELECT min(position) FROM event_seal")).containsExactly("1");
  }

  @Test
  void theChainWriterWaitsForAnAppendInFlightAndLinksOverItOnceItRolledBack() throws Exception {
    start();
    long[] positions = sealedLog();
    long held;
    try (Connection inFlight = db.connect()) {
      inFlight.setAutoCommit(false);
      try (Statement s = inFlight.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock_shared(" + AppendLock.KEY + ")");
        try (ResultSet rs =
            s.executeQuery(
                "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                    + " sequence_number, type, time_stamp, payload_type, payload)"
                    + " VALUES ('"
                    + UUID.randomUUID()
                    + "', 'in-flight', 0, 'X', '2026-01-01T00:00:00Z', 'X', '{}')"
                    + " RETURNING global_index")) {
          rs.next();
          held = rs.getLong(1);
        }
      }
      assertThat(held).isGreaterThan(positions[positions.length - 1]);
      fixtures.document();
      long later = lastPosition();
      assertThat(later).isGreaterThan(held);

      app.bean(ChainWriting.class).sealNow();

      JsonNode waiting = auditor.get("/api/audit/verify").json();
      assertThat(waiting.path("holds").asBoolean()).isTrue();
      assertThat(waiting.path("head").path("position").asLong()).isLessThan(held);
      assertThat(waiting.path("unsealed").path("count").asLong()).isEqualTo(1);
      assertThat(waiting.path("unsealed").path("oldestPosition").asLong()).isEqualTo(later);
      assertThat(waiting.path("unsealed").path("oldestAgeSeconds").asDouble())
          .isGreaterThanOrEqualTo(0);
      inFlight.rollback();

      JsonNode linked = sealedThrough(later);
      assertThat(linked.path("holds").asBoolean()).isTrue();
      assertThat(db.rows("SELECT position FROM event_seal WHERE position = " + held)).isEmpty();
    }

    tamper(
        "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload) VALUES ("
            + held
            + ", 'slipped-in', 'slipped-in', 0, 'X', '2026-01-01T00:00:00Z', 'X', '{}')");
    JsonNode added = auditor.get("/api/audit/verify").json();
    assertThat(added.path("breaksAt").path("position").asLong()).isEqualTo(held);
    assertThat(added.path("breaksAt").path("kind").asText()).isEqualTo("ROW_ADDED");
  }

  @Test
  void aGapUndecidedPastTheSettleDelayMakesTheWriterQueueForTheAppendLock() throws Exception {
    start("--tracker.audit.gap-settle=0s");
    sealedLog();
    try (Connection inFlight = db.connect()) {
      inFlight.setAutoCommit(false);
      try (Statement s = inFlight.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock_shared(" + AppendLock.KEY + ")");
        s.execute(
            "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload) VALUES ('"
                + UUID.randomUUID()
                + "', 'in-flight', 0, 'X', '2026-01-01T00:00:00Z', 'X', '{}')");
      }
      fixtures.document();
      long later = lastPosition();

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  db.rows(
                          "SELECT 1 FROM pg_locks WHERE locktype = 'advisory'"
                              + " AND mode = 'ExclusiveLock' AND NOT granted")
                      .size(),
              queued -> queued == 1);
      inFlight.rollback();

      assertThat(sealedThrough(later).path("holds").asBoolean()).isTrue();
    }
  }

  @Test
  void whileAnotherWriterHoldsTheChainThisOneSealsNothing() throws Exception {
    start();
    long[] positions = sealedLog();
    try (Connection other = db.connect()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + ChainWriter.LOCK_KEY + ")");
      }
      fixtures.document();
      long later = lastPosition();

      assertThat(app.bean(ChainWriting.class).sealNow()).isZero();
      JsonNode held = auditor.get("/api/audit/verify").json();
      assertThat(held.path("head").path("position").asLong())
          .isEqualTo(positions[positions.length - 1]);
      assertThat(held.path("unsealed").path("oldestPosition").asLong()).isEqualTo(later);

      other.rollback();
      assertThat(sealedThrough(later).path("holds").asBoolean()).isTrue();
    }
  }
}
