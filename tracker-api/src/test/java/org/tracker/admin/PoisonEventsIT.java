package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.shared.Projection;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * One event a projection cannot handle is parked in the dead-letter queue with its error, the
 * others proceed, and once the cause is fixed it is retried (or evicted). The poison is a CHECK
 * constraint that refuses rows carrying a marker; dropping the constraint is the fix.
 */
@TrackerIntegrationTest
class PoisonEventsIT {

  private static final String NDJSON = "application/x-ndjson";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  Api api;
  String doc;
  String a;
  String b;
  String marker;
  final List<String> constraints = new ArrayList<>();

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    a = fixtures.actor();
    b = fixtures.actor();
    marker = "poison" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Drops the poison and lets what it parked through, so no other test meets either. */
  @AfterEach
  void cure() {
    constraints.forEach(this::drop);
    for (String projection : List.of("facts", "watch-items")) {
      if (!deadLetters(projection).isEmpty()) {
        api.post("/api/admin/dead-letters/" + projection + "/retry", "");
      }
    }
  }

  /**
   * Refuses rows of {@code table} whose {@code column} mentions this test's marker, in both
   * generations of the table (ADR 0021): a fault that a replay meets again, as a bug would.
   */
  private String poison(String table, String column) {
    String name = "poison_" + marker;
    for (String schema : generationsOf(table)) {
      jdbc.sql(
              "ALTER TABLE %s.%s ADD CONSTRAINT %s CHECK (position('%s' in %s::text) = 0) NOT VALID"
                  .formatted(schema, table, name, marker, column))
          .update();
      constraints.add(schema + "." + table + "." + name);
    }
    return name;
  }

  private static List<String> generationsOf(String table) {
    Projection projection =
        org.tracker.projection.Projections.rebuildable().stream()
            .filter(p -> p.tables().contains(table))
            .findFirst()
            .orElseThrow();
    String base = projection.name().replace('-', '_');
    return List.of(base + "_g0", base + "_g1");
  }

  private void dropThePoison() {
    constraints.forEach(this::drop);
    constraints.clear();
  }

  private void drop(String qualified) {
    String[] parts = qualified.split("\\.");
    jdbc.sql(
            "ALTER TABLE %s.%s DROP CONSTRAINT IF EXISTS %s"
                .formatted(parts[0], parts[1], parts[2]))
        .update();
  }

  private String visit(String id, String summary) {
    return """
        {"id":"%s","type":"VISIT","date":"2013-09","actors":["%s","%s"],\
        "attributes":{"level":"STATE"},"summary":{"en":"%s"},\
        "sources":[{"document":"%s","locator":"p. 1"}]}"""
        .formatted(id, a, b, summary, doc);
  }

  private String correctionOfVisit(String id, String summary) {
    return """
        {"correctionOf":"%s","version":2,"reason":"re-read","type":"VISIT","date":"2013-09-12",\
        "actors":["%s","%s"],"attributes":{"level":"STATE"},"summary":{"en":"%s"},\
        "sources":[{"document":"%s","locator":"p. 2"}]}"""
        .formatted(id, a, b, summary, doc);
  }

  private JsonNode deadLetters(String projection) {
    return api.get("/api/admin/dead-letters?projection=" + projection).json().path("deadLetters");
  }

  /** The first parked event of a sequence. */
  private JsonNode firstLetterOf(String projection, String sequence) {
    for (JsonNode letter : deadLetters(projection)) {
      if (letter.path("sequence").asText().equals(sequence)) {
        return letter;
      }
    }
    throw new AssertionError("nothing of " + sequence + " is parked in " + projection);
  }

  /** The types of a sequence's parked events, in their order. */
  private List<String> lettersOf(String projection, String sequence) {
    List<String> types = new ArrayList<>();
    deadLetters(projection)
        .forEach(
            l -> {
              if (l.path("sequence").asText().equals(sequence)) {
                types.add(l.path("type").asText());
              }
            });
    return types;
  }

  private boolean inTimeline(String id) {
    JsonNode items = api.get("/api/timeline?actor=" + a + "&size=100").json().path("items");
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private String summaryInTimeline(String id) {
    JsonNode items = api.get("/api/timeline?actor=" + a + "&size=100").json().path("items");
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(id)) {
        return item.path("summary").path("en").asText();
      }
    }
    return null;
  }

  @Test
  void aPoisonEventIsParkedWithItsSequenceWhileTheOthersOfItsBatchProceedThenRetriedAfterTheFix() {
    String constraint = poison("fact", "search");
    String good1 = Fixtures.freshId();
    String bad = Fixtures.freshId();
    String good2 = Fixtures.freshId();
    Ndjson file =
        new Ndjson()
            .line(visit(good1, "first visit"))
            .line(visit(bad, "a visit mentioning " + marker))
            .line(visit(good2, "second visit"))
            .line(correctionOfVisit(bad, "corrected, still " + marker))
            .line(correctionOfVisit(good1, "first visit, corrected"));
    Api.Response imported = api.post("/api/import", NDJSON, file.toString());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);

    // one batch held them all: the poison and what follows it in its sequence are parked ...
    await().atMost(Duration.ofSeconds(30)).until(() -> lettersOf("facts", bad).size() == 2);
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(lettersOf("facts", bad))
        .containsExactly("DevelopmentRecorded", "DevelopmentCorrected");
    JsonNode first = firstLetterOf("facts", bad);
    assertThat(first.path("projection").asText()).isEqualTo("facts");
    assertThat(first.path("aggregateId").asText()).isEqualTo(bad);
    assertThat(first.path("position").asLong()).isPositive();
    assertThat(first.path("causeMessage").asText()).contains(constraint);
    assertThat(first.path("enqueuedAt").asText()).isNotBlank();
    // ... and every other event of the batch proceeded, its correction too
    assertThat(inTimeline(good2)).isTrue();
    assertThat(summaryInTimeline(good1)).isEqualTo("first visit, corrected");
    assertThat(inTimeline(bad)).isFalse();
    // the other projections never saw a problem
    assertThat(deadLetters("catalog")).isEmpty();
    assertThat(api.get("/api/developments/" + bad).status()).isEqualTo(200);
    JsonNode status = api.get("/api/admin/projections/facts").json();
    assertThat(status.path("deadLetters").asLong()).isEqualTo(2);
    assertThat(status.path("state").asText()).isEqualTo("RUNNING");
    assertThat(status.path("lag").asLong()).isZero();

    // a retry before the fix fails again, cleanly: both stay parked, with the cause
    Api.Response early = api.post("/api/admin/dead-letters/facts/" + bad + "/retry", "");
    assertThat(early.status()).as(early.text()).isEqualTo(200);
    assertThat(early.json().path("before").asInt()).isEqualTo(2);
    assertThat(early.json().path("remaining").asInt()).isEqualTo(2);
    assertThat(firstLetterOf("facts", bad).path("causeMessage").asText()).contains(constraint);
    assertThat(inTimeline(bad)).isFalse();

    // the fix, then the retry: the whole sequence is handled, in order
    dropThePoison();
    Api.Response retried = api.post("/api/admin/dead-letters/facts/" + bad + "/retry", "");
    assertThat(retried.json().path("remaining").asInt()).as(retried.text()).isZero();
    assertThat(lettersOf("facts", bad)).isEmpty();
    assertThat(summaryInTimeline(bad)).isEqualTo("corrected, still " + marker);
    assertThat(api.get("/api/admin/projections/facts").json().path("deadLetters").asLong())
        .isZero();

    // what the retry wrote is exactly what a clean replay of the log writes
    String before = factRows(good1, bad, good2);
    assertThat(api.post("/api/admin/projections/facts/rebuild", "").status()).isEqualTo(202);
    awaitFactsRunning();
    assertThat(factRows(good1, bad, good2)).isEqualTo(before);
  }

  /** Waits until the facts projection is RUNNING again (a rebuild is over). */
  private void awaitFactsRunning() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.get("/api/admin/projections/facts")
                    .json()
                    .path("state")
                    .asText()
                    .equals("RUNNING"));
  }

  /** The facts projection's rows of these developments, in all three tables, as text. */
  private String factRows(String... ids) {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("fact", "fact_actor", "fact_dyad")) {
      rows.addAll(
          jdbc.sql(
                  "SELECT t::text FROM %s t WHERE development_id = ANY(?::uuid[]) ORDER BY 1"
                      .formatted(table))
              .param(ids)
              .query(String.class)
              .list());
    }
    assertThat(rows).hasSizeGreaterThan(6);
    return String.join("\n", rows);
  }

  @Test
  void aProjectionThatWritesDirectlyParksItsPoisonToo() {
    poison("watch_item", "content");
    String bad = "watch-" + marker;
    String good = "watch-" + Fixtures.freshId().substring(0, 8);
    Api.Response opened = api.post("/api/watch-items", watchItem(bad, "Will " + marker + "?"));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    assertThat(api.post("/api/watch-items", watchItem(good, "Will it happen?")).status())
        .isEqualTo(201);

    await().atMost(Duration.ofSeconds(30)).until(() -> lettersOf("watch-items", bad).size() == 1);
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(api.get("/api/watch-items?subject=" + a).json().toString())
        .contains(good)
        .doesNotContain(bad);

    dropThePoison();
    Api.Response retried = api.post("/api/admin/dead-letters/watch-items/retry", "");
    assertThat(retried.status()).as(retried.text()).isEqualTo(200);
    assertThat(retried.json().path("remaining").asInt()).isZero();
    assertThat(api.get("/api/watch-items?subject=" + a).json().toString()).contains(bad);
  }

  @Test
  void anEvictedSequenceLeavesTheQueueWithoutBeingHandledAndNeedsAReasonUntilTheNextReplay() {
    poison("fact", "search");
    String bad = Fixtures.freshId();
    assertThat(api.post("/api/developments", visit(bad, "visit " + marker)).status())
        .isEqualTo(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> lettersOf("facts", bad).size() == 1);

    String eviction = "/api/admin/dead-letters/facts/" + bad + "/eviction";
    Api.Response noReason = api.post(eviction, "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.contentType()).startsWith("application/problem+json");
    assertThat(noReason.text()).contains("reason");
    assertThat(lettersOf("facts", bad)).hasSize(1);

    Api.Response evicted = api.post(eviction, "{\"reason\": \"test data, not worth keeping\"}");
    assertThat(evicted.status()).as(evicted.text()).isEqualTo(200);
    assertThat(evicted.json().path("evicted").asInt()).isEqualTo(1);
    assertThat(lettersOf("facts", bad)).isEmpty();
    assertThat(inTimeline(bad)).isFalse();

    // eviction skips the event in the projection, not in the log: a replay after the fix has it
    dropThePoison();
    assertThat(api.post("/api/admin/projections/facts/rebuild", "").status()).isEqualTo(202);
    awaitFactsRunning();
    assertThat(inTimeline(bad)).isTrue();
  }

  @Test
  void aRebuildStartsTheQueueAfreshAndParksWhatStillFailsOnce() {
    poison("fact", "search");
    String bad = Fixtures.freshId();
    assertThat(api.post("/api/developments", visit(bad, "visit " + marker)).status())
        .isEqualTo(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> lettersOf("facts", bad).size() == 1);
    String enqueuedAt = firstLetterOf("facts", bad).path("enqueuedAt").asText();

    assertThat(api.post("/api/admin/projections/facts/rebuild", "").status()).isEqualTo(202);
    awaitFactsRunning();

    assertThat(lettersOf("facts", bad)).containsExactly("DevelopmentRecorded");
    assertThat(firstLetterOf("facts", bad).path("enqueuedAt").asText()).isNotEqualTo(enqueuedAt);
  }

  @Test
  void unknownProjectionsAndSequencesAreNamed() {
    Api.Response projection = api.get("/api/admin/dead-letters?projection=nope");
    assertThat(projection.status()).isEqualTo(404);
    assertThat(projection.contentType()).startsWith("application/problem+json");
    assertThat(projection.text()).contains("nope");
    Api.Response sequence = api.post("/api/admin/dead-letters/facts/not-parked/retry", "");
    assertThat(sequence.status()).isEqualTo(404);
    assertThat(sequence.text()).contains("not-parked");
    assertThat(api.post("/api/admin/dead-letters/nope/retry", "").status()).isEqualTo(404);
  }

  private String watchItem(String id, String question) {
    return """
        {"id": "%s", "question": {"en": "%s"}, "subjects": ["%s", "%s"],
         "resolvesWhen": {"en": "A visit"}, "rule": {"types": ["VISIT"], "actors": ["%s"]},
         "reviewBy": "2014-12",
         "sources": [{"document": "%s", "locator": "§3 ¶9"}]}"""
        .formatted(id, question, a, b, a, doc);
  }
}
