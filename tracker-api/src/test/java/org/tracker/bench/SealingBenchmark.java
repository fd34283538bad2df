package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tracker.audit.chain.ChainVerifier;
import org.tracker.audit.chain.ChainWriter;
import org.tracker.audit.chain.Verification;
import org.tracker.testing.TestDatabase;

/**
 * The chain writer's rate (ADR 0019) on a fresh database of its own: {@code bench.sealing.events}
 * (default 100,000) development-sized events inserted with plain batched JDBC (1,000 a transaction:
 * the ceiling of what any append path, the bulk import included, can reach), then sealed by the
 * {@link ChainWriter} from the start, then verified by the {@link ChainVerifier}. One round, in one
 * thread each: a rate, and the writer's must exceed the plain insert's for sealing never to fall
 * behind.
 */
class SealingBenchmark {

  private static final long EVENTS = Long.getLong("bench.sealing.events", 100_000);
  private static final int BATCH = 1000;

  @Test
  void sealingAndVerifyingNextToPlainInserts() throws Exception {
    TestDatabase db = TestDatabase.get().another();
    db.migrate("24");
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(db.url());
    dataSource.setUser(db.user());
    dataSource.setPassword(db.password());

    double insertSeconds = insert(dataSource);
    long started = System.nanoTime();
    long sealed = new ChainWriter(dataSource, BATCH, java.time.Duration.ofSeconds(5)).sealPending();
    double sealSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(sealed).isEqualTo(EVENTS);
    started = System.nanoTime();
    Verification verification;
    try (Connection c = dataSource.getConnection()) {
      verification = new ChainVerifier(Clock.systemUTC()).verify(c);
    }
    double verifySeconds = (System.nanoTime() - started) / 1e9;
    assertThat(verification.holds()).isTrue();
    assertThat(verification.count()).isEqualTo(EVENTS);

    BenchmarkReport.record(
        "sealing",
        String.format(
            Locale.ROOT,
            """
            ### The hash chain: sealing and verifying (%,d events, ~1 KiB each)
            %s
            | what | seconds | events/s |
            |---|---|---|
            | plain batched JDBC insert, %,d a transaction | %.1f | %,.0f |
            | chain writer sealing from the start, %,d a transaction | %.1f | %,.0f |
            | verifying the whole chain | %.1f | %,.0f |
            """,
            EVENTS,
            BenchmarkReport.machine(),
            BATCH,
            insertSeconds,
            EVENTS / insertSeconds,
            BATCH,
            sealSeconds,
            EVENTS / sealSeconds,
            verifySeconds,
            EVENTS / verifySeconds));
  }

  private static double insert(PGSimpleDataSource dataSource) throws Exception {
    String payload =
        """
        {"developmentId":"%s","content":{"type":"PARTNERSHIP_ESTABLISHED","date":"2013-09-07",\
        "actors":["CHN","KAZ"],"attributes":{"level":"COMPREHENSIVE_STRATEGIC_PARTNERSHIP",\
        "label":"全面戰略夥伴關係"},"summary":{"en":"China and Kazakhstan raise their relations to a\
         comprehensive strategic partnership during Xi Jinping's state visit to Astana","zh-Hant":\
        "中哈兩國將關係提升為全面戰略夥伴關係"},"sources":[{"document":"doc-central-asia-2013",\
        "locator":"¶12","quote":"決定將中哈關係提升為全面戰略夥伴關係"}],"grade":"B2"}}""";
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                    + " sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " payload, meta_data) VALUES (?, ?, 0, 'Development', ?,"
                    + " 'org.tracker.development.api.DevelopmentRecorded', '1', ?, ?)")) {
      c.setAutoCommit(false);
      for (long i = 0; i < EVENTS; i++) {
        String id = UUID.randomUUID().toString();
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, id);
        insert.setString(3, Instant.now().toString());
        insert.setString(4, payload.formatted(id));
        insert.setString(
            5,
            "{\"recordedBy\":\"bench\",\"recordedAt\":\""
                + Instant.now()
                + "\",\"traceId\":\"x\"}");
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
      c.commit();
    }
    return (System.nanoTime() - started) / 1e9;
  }
}
