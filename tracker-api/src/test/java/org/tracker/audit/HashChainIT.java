package org.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracker.audit.chain.ChainWriter;
import org.tracker.audit.chain.ChainWriting;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * The hash chain over the log (ADR 0019): sealed shortly after commit, imports included, and every
 * kind of tampering by a superuser named at its position — each test on a fresh database of its
 * own, so no other test's log is touched.
 */
class HashChainIT {

  private final ObjectMapper json = new ObjectMapper();
  private TestDatabase db;
  private SecondApp app;
  private Api api;
  private Api auditor;
  private Fixtures fixtures;

  private void start(String... args) {
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
  void aChangedPayloadIsNamedByItsPosition() throws Exception {
    start();
    long[] positions = sealedLog();
    long changed = positions[3];

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + changed);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(changed);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
    assertThat(broken.path("head").path("position").asLong()).isEqualTo(positions[2]);
    assertThat(broken.path("count").asLong()).isEqualTo(3);
  }

  @Test
  void aChangedAuthorInTheMetadataIsCaughtToo() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper(
        "UPDATE domain_event_entry SET meta_data = replace(meta_data, '\"admin\"', '\"someone\"')"
            + " WHERE global_index = "
            + positions[1]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[1]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
  }

  @Test
  void aDeletedRowIsCaughtAtItsPosition() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper("DELETE FROM domain_event_entry WHERE global_index = " + positions[3]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ROW_MISSING");
  }

  @Test
  void aDeletedRowWhoseSealWasDeletedTooIsCaughtAtTheNextSeal() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper(
        "DELETE FROM domain_event_entry WHERE global_index = "
            + positions[3]
            + "; DELETE FROM event_seal WHERE position = "
            + positions[3]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[4]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ROW_MISSING");
    assertThat(broken.path("head").path("position").asLong()).isEqualTo(positions[2]);
  }

  @Test
  void aReorderedPairIsCaughtAtTheFirstOfThem() throws Exception {
    start();
    long[] positions = sealedLog();
    long first = positions[1];
    long second = positions[3];

    tamper(
        "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = "
            + first
            + "; UPDATE domain_event_entry SET global_index = "
            + first
            + " WHERE global_index = "
            + second
            + "; UPDATE domain_event_entry SET global_index = "
            + second
            + " WHERE global_index = -1");

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(first);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ORDER_CHANGED");
    assertThat(broken.path("breaksAt").path("sealedAt").asLong()).isEqualTo(second);
  }

  @Test
  void twoEventsSwappingTheirPayloadsAreCaughtAtTheFirstOfThem() throws Exception {
    start();
    long[] positions = sealedLog();
    long first = positions[3];
    long second = positions[5];

    tamper(
        "UPDATE domain_event_entry e SET payload = o.payload FROM domain_event_entry o"
            + " WHERE (e.global_index, o.global_index) IN (("
            + first
            + ", "
            + second
            + "), ("
            + second
            + ", "
            + first
            + "))");

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(first);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
  }

  @Test
  void aSignedCheckpointHoldsAndAForgedOneDoesNot() throws Exception {
    start();
    long[] positions = sealedLog();

    Api.Response signed = auditor.post("/api/audit/checkpoints", "");
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    JsonNode checkpoint = signed.json();
    assertThat(checkpoint.path("position").asLong()).isEqualTo(positions[positions.length - 1]);
    assertThat(checkpoint.path("algorithm").asText()).isEqualTo("Ed25519");

    JsonNode holds = check(checkpoint);
    assertThat(holds.path("holds").asBoolean()).as(holds.toString()).isTrue();
    assertThat(holds.path("signatureValid").asBoolean()).isTrue();
    assertThat(holds.path("logMatches").asBoolean()).isTrue();

    String hash = checkpoint.path("hash").asText();
    JsonNode otherHash =
        check(
            ((ObjectNode) checkpoint.deepCopy())
                .put("hash", (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1)));
    assertThat(otherHash.path("holds").asBoolean()).isFalse();
    assertThat(otherHash.path("signatureValid").asBoolean()).isFalse();
    assertThat(otherHash.path("logMatches").asBoolean()).isFalse();

    byte[] signature = java.util.Base64.getDecoder().decode(checkpoint.path("signature").asText());
    signature[10] ^= 1;
    JsonNode otherSignature =
        check(
            ((ObjectNode) checkpoint.deepCopy())
                .put("signature", java.util.Base64.getEncoder().encodeToString(signature)));
    assertThat(otherSignature.path("holds").asBoolean()).isFalse();
    assertThat(otherSignature.path("signatureValid").asBoolean()).isFalse();
    assertThat(otherSignature.path("logMatches").asBoolean()).isTrue();

    JsonNode earlier = check(((ObjectNode) checkpoint.deepCopy()).put("position", positions[1]));
    assertThat(earlier.path("holds").asBoolean()).isFalse();
    assertThat(earlier.path("signatureValid").asBoolean()).isFalse();
  }

  @Test
  void aCheckpointNoLongerHoldsOnceTheLogBelowItIsChanged() throws Exception {
    start();
    long[] positions = sealedLog();
    JsonNode checkpoint = auditor.post("/api/audit/checkpoints", "").json();

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + positions[3]);

    JsonNode check = check(checkpoint);
    assertThat(check.path("holds").asBoolean()).isFalse();
    assertThat(check.path("signatureValid").asBoolean()).isTrue();
    assertThat(check.path("logMatches").asBoolean()).isFalse();
    assertThat(check.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    Api.Response refused = auditor.post("/api/audit/checkpoints", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText())
        .contains("position " + positions[3])
        .contains("PAYLOAD_CHANGED");
  }

  @Test
  void withoutASigningKeyCheckpointsAreRefusedSayingWhichSettingIsMissing() {
    start("--tracker.audit.signing-key=");
    sealedLog();

    Api.Response refused = auditor.post("/api/audit/checkpoints", "");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("detail").asText()).contains("tracker.audit.signing-key");
    assertThat(auditor.get("/api/audit/verify").json().path("holds").asBoolean()).isTrue();
  }

  @Test
  void aCheckpointMissingItsFieldsIsRefusedNamingEachOne() {
    start();

    Api.Response refused =
        auditor.post("/api/audit/checkpoints/verify", "{\"hash\": \"abc\", \"signature\": \"*\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors"))
        .extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("position", "hash", "signedAt", "signature");
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

  @Test
  void theCommandLineVerifiesWithoutStartingTheAppAndExitsOneOnATamperedLog() throws Exception {
    start();
    long[] positions = sealedLog();
    app.close();
    app = null;

    Cli holding = cli();
    assertThat(holding.status()).as(holding.output()).isZero();
    assertThat(json.readTree(holding.output()).path("head").path("position").asLong())
        .isEqualTo(positions[positions.length - 1]);

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + positions[3]);

    Cli broken = cli();
    assertThat(broken.status()).as(broken.output()).isEqualTo(1);
    JsonNode answer = json.readTree(broken.output());
    assertThat(answer.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    assertThat(answer.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
    assertThat(broken.errors()).doesNotContain("Tomcat");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The {@link #recordedLog()}, once all of it is sealed: its positions. */
  private long[] sealedLog() {
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
  private void recordedLog() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    for (int i = 0; i < 3; i++) {
      fixtures.recordedPartnership(a, b, doc);
    }
  }

  private JsonNode sealedThrough(long position) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> auditor.get("/api/audit/verify").json(),
            v -> v.path("head").path("position").asLong() >= position);
  }

  private long lastPosition() {
    try {
      return Long.parseLong(db.rows("SELECT max(global_index) FROM domain_event_entry").get(0));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long eventCount() throws SQLException {
    return Long.parseLong(db.rows("SELECT count(*) FROM domain_event_entry").get(0));
  }

  /** Runs SQL as the superuser with the log's triggers bypassed, as a tamperer would. */
  private void tamper(String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
      s.execute(sql);
    }
  }

  private JsonNode check(JsonNode checkpoint) {
    Api.Response response = auditor.post("/api/audit/checkpoints/verify", checkpoint.toString());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private record Cli(int status, String output, String errors) {}

  /** {@code java -jar tracker.jar verify --db …} on the packaged jar, in a JVM of its own. */
  private Cli cli() throws IOException, InterruptedException {
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().matches("tracker-api-.*\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("package the application first"));
    }
    Path out = Files.createTempFile("verify", ".json");
    Path err = Files.createTempFile("verify", ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "verify",
            "--db",
            db.url(),
            "--user",
            db.user(),
            "--password",
            db.password());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
    return new Cli(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
