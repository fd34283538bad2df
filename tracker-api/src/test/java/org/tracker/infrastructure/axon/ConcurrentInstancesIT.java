package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Two instances on one database answering the same change at once: the aggregate's lock is each
 * instance's own, so only the log's unique sequence numbers stand between them (docs/security.md,
 * concurrent writers).
 */
class ConcurrentInstancesIT {

  /**
   * The same correction, then the same retraction, sent by 8 clients at once to two instances
   * (alternately). The instances do not share the aggregate's lock: while the test holds the log's
   * append lock, each instance's first request has read the stream and waits to append, so both
   * append the same change on the same version — one loses the append and must read the stream
   * again to tell a repeat (200) from a conflict (409).
   */
  @Test
  void theSameChangeSentToTwoInstancesAtOnceIsRecordedOnceAndEveryRepeatAnswers200()
      throws Exception {
    TestDatabase db = TestDatabase.get().another();
    try (SecondApp a = SecondApp.on(db);
        SecondApp b = SecondApp.on(db)) {
      Api analyst = a.api().as("analyst");
      Fixtures fixtures = new Fixtures(analyst);
      String x = fixtures.actor();
      String y = fixtures.actor();
      String doc = fixtures.document();
      String id = fixtures.recordedPartnership(x, y, doc);
      String correction =
          Fixtures.partnership(id, x, y, "STRATEGIC_PARTNERSHIP", "戰略", "2010", doc)
              .replaceFirst("\"id\": \"[^\"]+\", ", "")
              .replaceFirst("\\{", "{\"reason\": \"upgraded\", \"version\": 2, ");
      List<SecondApp> instances = List.of(a, b);
      IntFunction<Api> alternately = n -> instances.get(n % 2).api().as("analyst");

      List<Integer> corrections =
          withAppendsHeld(
              db,
              () -> atOnce(8, alternately, "/api/developments/" + id + "/corrections", correction));
      List<Integer> retractions =
          withAppendsHeld(
              db,
              () ->
                  atOnce(
                      8,
                      alternately,
                      "/api/developments/" + id + "/retraction",
                      "{\"reason\": \"never happened\"}"));

      assertThat(corrections.stream().filter(s -> s == 201)).as("201s").hasSize(1);
      assertThat(corrections.stream().filter(s -> s == 200)).as("200s").hasSize(7);
      assertThat(retractions.stream().filter(s -> s == 201)).as("201s").hasSize(1);
      assertThat(retractions.stream().filter(s -> s == 200)).as("200s").hasSize(7);
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                      + id
                      + "'"))
          .as("recorded, corrected, retracted")
          .isEqualTo(3);
      assertThat(
              b.api()
                  .as("analyst")
                  .post("/api/developments/" + id + "/retraction", "{\"reason\": \"other\"}")
                  .status())
          .isEqualTo(409);
    }
  }

  /**
   * Runs {@code requests} while the test holds the log's append lock exclusively, releasing it once
   * an append waits for it on each of the two instances; answers the requests' statuses.
   */
  private static List<Integer> withAppendsHeld(TestDatabase db, Callable<List<Integer>> requests)
      throws Exception {
    try (Connection hold = db.connect()) {
      hold.createStatement().execute("SELECT pg_advisory_lock(" + AppendLock.KEY + ")");
      CompletableFuture<List<Integer>> statuses =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return requests.call();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  count(
                          db,
                          "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                              + " AND NOT granted")
                      == 2);
      hold.createStatement().execute("SELECT pg_advisory_unlock(" + AppendLock.KEY + ")");
      return statuses.get(60, TimeUnit.SECONDS);
    }
  }

  /** The statuses of {@code clients} requests sent at once, the n-th by {@code client.apply(n)}. */
  private static List<Integer> atOnce(
      int clients, IntFunction<Api> client, String path, String body) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (int n = 0; n < clients; n++) {
        Api api = client.apply(n);
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return api.post(path, body).status();
                },
                pool));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
