package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Many clients writing to the same relationship and the same watch item at once: every accepted
 * write is in the log exactly once, every refused one was answered 409, nothing is lost.
 */
@TrackerIntegrationTest
class ConcurrentWritersIT {

  private static final int WRITERS = 8;
  private static final int ATTEMPTS = 10;
  private static final int CLIENTS = 16;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Runs the same task in {@value #WRITERS} threads released together; answers their results. */
  private <T> List<T> together(Callable<List<T>> task) throws Exception {
    return together(WRITERS, task);
  }

  /** Runs the same task in {@code threads} threads released together; answers their results. */
  private <T> List<T> together(int threads, Callable<List<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> eventsOf(String aggregate, String type) {
    return jdbc.sql(
            "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ? ORDER BY sequence_number")
        .param(aggregate)
        .param("%" + type) // nested event classes are named …WatchItemEvents$EvidenceLinked
        .query(String.class)
        .list();
  }

  /** A write attempt's answer and what it tried to write. */
  record Attempt(int status, String marker) {}

  @Test
  void correctionsRacingOnOneRelationshipAreEachAcceptedOnceOrRefusedWith409() throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String id = fixtures.recordedPartnership(a, b, doc);

    List<Attempt> attempts =
        together(
            () -> {
              List<Attempt> mine = new ArrayList<>();
              for (int n = 0; n < ATTEMPTS; n++) {
                int version = api.get("/api/developments/" + id).json().path("version").asInt();
                String marker = "w" + Thread.currentThread().getId() + "-" + n;
                String body =
                    Fixtures.partnership(id, a, b, "STRATEGIC_PARTNERSHIP", marker, "2010", doc)
                        .replaceFirst("\"id\": \"[^\"]+\", ", "")
                        .replaceFirst(
                            "\\{",
                            "{\"reason\": \"race "
                                + marker
                                + "\", \"version\": "
                                + (version + 1)
                                + ", ");
                mine.add(
                    new Attempt(
                        api.post("/api/developments/" + id + "/corrections", body).status(),
                        marker));
              }
              return mine;
            });

    assertThat(attempts).hasSize(WRITERS * ATTEMPTS);
    assertThat(attempts).allMatch(x -> x.status() == 201 || x.status() == 409, "201 or 409");
    List<String> accepted =
        attempts.stream().filter(x -> x.status() == 201).map(Attempt::marker).toList();
    assertThat(accepted).isNotEmpty();
    assertThat(attempts.stream().filter(x -> x.status() == 409)).isNotEmpty();
    List<String> stored = eventsOf(id, "DevelopmentCorrected");
    assertThat(stored).hasSize(accepted.size());
    for (String marker : accepted) {
      assertThat(stored.stream().filter(p -> p.contains("\"" + marker + "\""))).hasSize(1);
    }
    assertThat(api.get("/api/developments/" + id).json().path("version").asInt())
        .isEqualTo(1 + accepted.size());
  }

  /**
   * The same request sent by {@value #CLIENTS} clients at once, each over its own HTTP client:
   * answers their statuses.
   */
  private List<Integer> sentByManyAtOnce(String path, String body) throws Exception {
    return together(CLIENTS, () -> List.of(new Api(port).as("analyst").post(path, body).status()));
  }

  @Test
  void theSameRecordingSentBySixteenClientsAtOnceIsRecordedOnceAndRepeatsAnswer200()
      throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String id = Fixtures.freshId();
    String recording =
        Fixtures.partnership(
            id,
            fixtures.actor(),
            fixtures.actor(),
            "PARTNERSHIP",
            "夥伴",
            "2010",
            fixtures.document());

    List<Integer> statuses = sentByManyAtOnce("/api/developments", recording);

    assertThat(statuses.stream().filter(s -> s == 201)).as("201s").hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 200)).as("200s").hasSize(CLIENTS - 1);
    assertThat(eventsOf(id, "DevelopmentRecorded")).hasSize(1);
  }

  @Test
  void theSameCorrectionSentBySixteenClientsAtOnceIsRecordedOnceAndRepeatsAnswer200()
      throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String id = fixtures.recordedPartnership(a, b, doc);
    String correction =
        Fixtures.partnership(id, a, b, "STRATEGIC_PARTNERSHIP", "全面戰略", "2010", doc)
            .replaceFirst("\"id\": \"[^\"]+\", ", "")
            .replaceFirst("\\{", "{\"reason\": \"upgraded\", \"version\": 2, ");

    List<Integer> statuses =
        sentByManyAtOnce("/api/developments/" + id + "/corrections", correction);

    assertThat(statuses).as("answers").hasSize(CLIENTS);
    assertThat(statuses.stream().filter(s -> s == 201)).as("201s").hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 200)).as("200s").hasSize(CLIENTS - 1);
    assertThat(eventsOf(id, "DevelopmentCorrected")).hasSize(1);
    assertThat(api.get("/api/developments/" + id).json().path("version").asInt()).isEqualTo(2);
  }

  @Test
  void theSameRetractionSentBySixteenClientsAtOnceIsRecordedOnceRepeatsAnswer200AndAnotherIs409()
      throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String id =
        fixtures.recordedPartnership(fixtures.actor(), fixtures.actor(), fixtures.document());

    List<Integer> statuses =
        sentByManyAtOnce(
            "/api/developments/" + id + "/retraction", "{\"reason\": \"misread the source\"}");

    assertThat(statuses).as("answers").hasSize(CLIENTS);
    assertThat(statuses.stream().filter(s -> s == 201)).as("201s").hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 200)).as("200s").hasSize(CLIENTS - 1);
    assertThat(eventsOf(id, "DevelopmentRetracted")).hasSize(1);
    assertThat(
            api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"another reason\"}")
                .status())
        .as("a different retraction")
        .isEqualTo(409);
    assertThat(eventsOf(id, "DevelopmentRetracted")).hasSize(1);
  }

  @Test
  void aDifferentCorrectionOfAVersionAlreadyTakenIsRefusedWith409() throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String id = fixtures.recordedPartnership(a, b, doc);
    List<String> corrections = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < CLIENTS; i++) {
      corrections.add(
          Fixtures.partnership(id, a, b, "STRATEGIC_PARTNERSHIP", "版本 " + i, "2010", doc)
              .replaceFirst("\"id\": \"[^\"]+\", ", "")
              .replaceFirst("\\{", "{\"reason\": \"mine\", \"version\": 2, "));
    }

    List<Integer> statuses =
        together(
            CLIENTS,
            () ->
                List.of(
                    new Api(port)
                        .as("analyst")
                        .post("/api/developments/" + id + "/corrections", corrections.remove(0))
                        .status()));

    assertThat(statuses.stream().filter(s -> s == 201)).as("201s").hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).as("409s").hasSize(CLIENTS - 1);
    assertThat(eventsOf(id, "DevelopmentCorrected")).hasSize(1);
  }

  @Test
  void writersRacingOnOneWatchItemLoseNothingAndOnlyOneResolves() throws Exception {
    Api api = new Api(port).as("analyst");
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String item = "watch-" + Fixtures.freshId().substring(0, 8);
    assertThat(
            api.post("/api/watch-items", Fixtures.watchItem(item, "Race?", a, "MEETING", a, doc))
                .status())
        .isEqualTo(201);
    List<String> developments = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < WRITERS * 2; i++) {
      String id = Fixtures.freshId();
      assertThat(
              api.post(
                      "/api/developments",
                      Fixtures.partnership(id, a, b, "PARTNERSHIP", "夥伴 " + i, "2010", doc))
                  .status())
          .isEqualTo(201);
      developments.add(id);
    }

    List<Attempt> links =
        together(
            () -> {
              List<Attempt> mine = new ArrayList<>();
              for (int n = 0; n < 2; n++) {
                String development = developments.remove(0);
                mine.add(
                    new Attempt(
                        api.post(
                                "/api/watch-items/" + item + "/evidence",
                                "{\"developmentId\": \"" + development + "\"}")
                            .status(),
                        development));
              }
              return mine;
            });
    assertThat(links).hasSize(WRITERS * 2).allMatch(x -> x.status() == 201 || x.status() == 200);
    List<String> linked = eventsOf(item, "EvidenceLinked");
    assertThat(linked).hasSize(WRITERS * 2);
    for (Attempt link : links) {
      assertThat(linked.stream().filter(p -> p.contains(link.marker()))).hasSize(1);
    }

    List<Attempt> resolutions =
        together(
            () ->
                List.of(
                    new Attempt(
                        api.post(
                                "/api/watch-items/" + item + "/resolution",
                                "{\"outcome\": \"HAPPENED\", \"reason\": \"seen by "
                                    + Thread.currentThread().getName()
                                    + "\"}")
                            .status(),
                        Thread.currentThread().getName())));
    assertThat(resolutions).hasSize(WRITERS);
    assertThat(resolutions.stream().filter(x -> x.status() == 200 || x.status() == 201)).hasSize(1);
    assertThat(resolutions.stream().filter(x -> x.status() == 409)).hasSize(WRITERS - 1);
    assertThat(eventsOf(item, "WatchItemResolved")).hasSize(1);
  }
}
