package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Two instances on one database: the projections' segments are shared between them, a development
 * recorded on one reaches a live-stream client of the other within 2 s, the survivor takes over a
 * stopped instance's segments within the claim timeout, and every projection row is there once.
 */
class MultiNodeIT {

  private static final String[] TIMEOUT = {"--tracker.axon.claim-timeout=4s"};

  private static Set<String> owners(TestDatabase db, String processor) throws Exception {
    Set<String> owners = new HashSet<>();
    try (Connection c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT owner FROM token_entry WHERE processor_name = '"
                        + processor
                        + "' AND owner IS NOT NULL")) {
      while (rs.next()) {
        owners.add(rs.getString(1));
      }
    }
    return owners;
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void twoInstancesShareTheWorkSeeEachOthersDevelopmentsAndOneTakesOverFromTheOther()
      throws Exception {
    TestDatabase db = TestDatabase.get().another();
    SecondApp a = SecondApp.on(db, TIMEOUT);
    List<String> ids = new ArrayList<>();
    try (SecondApp b = SecondApp.on(db, TIMEOUT)) {
      try {
        String nodeA = a.bean(NodeIdentity.class).id();
        String nodeB = b.bean(NodeIdentity.class).id();
        assertThat(nodeA).isNotEqualTo(nodeB);

        // the two-segment projections end up with one segment on each instance
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    owners(db, "facts").equals(Set.of(nodeA, nodeB))
                        && owners(db, "catalog").equals(Set.of(nodeA, nodeB)));

        // a rebuild needs every segment: with B holding one it is refused, and A carries on
        Api.Response rebuild = a.api().post("/api/admin/projections/facts/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.text()).isEqualTo(409);
        assertThat(rebuild.contentType()).startsWith("application/problem+json");
        assertThat(rebuild.json().path("detail").asText()).contains("another instance");
        await().atMost(Duration.ofSeconds(30)).until(() -> owners(db, "facts").contains(nodeA));

        // recorded on A, streamed from B
        Fixtures onA = new Fixtures(a.api());
        String x = onA.actor();
        String y = onA.actor();
        String doc = onA.document();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> stream =
            http.send(
                HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/stream"))
                    .header("Authorization", Api.basic("viewer"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        String id = Fixtures.freshId();
        CompletableFuture<Long> seen =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                      if (line.contains(id)) {
                        return System.nanoTime();
                      }
                    }
                    return -1L;
                  } catch (Exception e) {
                    return -1L;
                  }
                });
        long posted = System.nanoTime();
        assertThat(
                a.api()
                    .post(
                        "/api/developments",
                        Fixtures.partnership(id, x, y, "PARTNERSHIP", "夥伴", "2010", doc))
                    .status())
            .isEqualTo(201);
        ids.add(id);
        long arrived = seen.get(2, TimeUnit.SECONDS);
        assertThat(arrived).isPositive();
        assertThat(Duration.ofNanos(arrived - posted)).isLessThan(Duration.ofSeconds(2));
        stream.body().close();

        // both take writes
        for (int i = 0; i < 20; i++) {
          SecondApp on = i % 2 == 0 ? a : b;
          String more = Fixtures.freshId();
          assertThat(
                  on.api()
                      .post(
                          "/api/developments",
                          Fixtures.partnership(
                              more, x, y, "PARTNERSHIP", "夥伴", "20" + (10 + i), doc))
                      .status())
              .isEqualTo(201);
          ids.add(more);
        }

        // A stops: B takes over its segments within the claim timeout, and goes on
        a.close();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    owners(db, "facts").equals(Set.of(nodeB))
                        && owners(db, "catalog").equals(Set.of(nodeB)));
        for (int i = 0; i < 5; i++) {
          String after = Fixtures.freshId();
          assertThat(
                  b.api()
                      .post(
                          "/api/developments",
                          Fixtures.partnership(
                              after, x, y, "PARTNERSHIP", "夥伴", "19" + (80 + i), doc))
                      .status())
              .isEqualTo(201);
          ids.add(after);
        }
        String list = "'" + String.join("','", ids) + "'";
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    count(db, "SELECT count(*) FROM fact WHERE development_id IN (" + list + ")")
                        == ids.size());
        assertThat(
                count(
                    db, "SELECT count(*) FROM development WHERE development_id IN (" + list + ")"))
            .isEqualTo(ids.size());
        assertThat(
                count(
                    db,
                    "SELECT count(*) FROM (SELECT development_id FROM fact_dyad WHERE"
                        + " development_id IN ("
                        + list
                        + ") GROUP BY development_id, version HAVING count(*) > 1) d"))
            .isZero();
      } finally {
        a.close();
      }
    }
  }
}
