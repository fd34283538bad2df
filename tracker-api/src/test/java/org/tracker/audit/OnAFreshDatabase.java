package org.tracker.audit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Tracker started on a fresh database of the test's own, so that what a test does to the log (a
 * superuser's tampering included) touches no other test's; and the helpers the hash chain's tests
 * share (ADR 0019).
 */
abstract class OnAFreshDatabase {

  protected TestDatabase db;
  protected SecondApp app;
  protected Api api;
  protected Api auditor;
  protected Fixtures fixtures;

  protected void start(String... args) {
    db = TestDatabase.get().another();
    app = SecondApp.on(db, args);
    api = app.api();
    auditor = api.as("auditor");
    fixtures = new Fixtures(api);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  /** The {@link #recordedLog()}, once all of it is sealed: its positions. */
  protected long[] sealedLog() {
    recordedLog();
    sealedThrough(lastPosition());
    try {
      return db.rows("SELECT global_index FROM domain_event_entry ORDER BY global_index").stream()
          .mapToLong(Long::parseLong)
          .toArray();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records two actors, a document and three partnerships. */
  protected void recordedLog() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    for (int i = 0; i < 3; i++) {
      fixtures.recordedPartnership(a, b, doc);
    }
  }

  protected JsonNode sealedThrough(long position) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> auditor.get("/api/audit/verify").json(),
            v -> v.path("head").path("position").asLong() >= position);
  }

  protected long lastPosition() {
    try {
      return Long.parseLong(db.rows("SELECT max(global_index) FROM domain_event_entry").get(0));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  protected long eventCount() throws SQLException {
    return Long.parseLong(db.rows("SELECT count(*) FROM domain_event_entry").get(0));
  }

  /** Runs SQL as the superuser with the log's triggers bypassed, as a tamperer would. */
  protected void tamper(String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
      s.execute(sql);
    }
  }
}
