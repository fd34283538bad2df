package org.tracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;
import org.tracker.testing.TrackerIntegrationTest;

/** Dashboards follow the log live, and miss nothing across a reconnect. */
@TrackerIntegrationTest
class LiveStreamIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Value("${tracker.security.limits.streams-per-user}")
  int streamsPerUser;

  Api api;
  String doc;
  String a;
  String b;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    a = fixtures.actor();
    b = fixtures.actor();
  }

  /** One SSE event: its id and its JSON data. */
  record Sse(String id, String name, JsonNode data) {}

  /** A connection reading events on a thread of its own until closed. */
  final class Connection implements AutoCloseable {
    final BlockingQueue<Sse> events = new ArrayBlockingQueue<>(1000);
    final InputStream body;
    final Thread reader;

    Connection(String lastEventId) throws Exception {
      this(Api.DEFAULT_USER, lastEventId);
    }

    Connection(String user, String lastEventId) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream"))
              .header("Authorization", Api.basic(user))
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient()
              .send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      body = response.body();
      reader = new Thread(this::read, "sse-test-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.isEmpty()) {
            if (!data.isEmpty()) {
              events.add(new Sse(id, name, JSON.readTree(data.toString())));
            }
            id = null;
            name = null;
            data.setLength(0);
          } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
          } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            data.append(line.substring(5));
          }
        }
      } catch (Exception e) {
        // closed
      }
    }

    /** The next event about our actors, waiting at most a few seconds. */
    Sse next() throws InterruptedException {
      return next(Duration.ofSeconds(10));
    }

    Sse next(Duration wait) throws InterruptedException {
      return next(event -> event.data().toString().contains(a), wait);
    }

    /** The next event that {@code about} selects, waiting at most {@code wait}. */
    Sse next(Predicate<Sse> about, Duration wait) throws InterruptedException {
      long deadline = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() < deadline) {
        Sse event = events.poll(100, TimeUnit.MILLISECONDS);
        if (event != null && about.test(event)) {
          return event;
        }
      }
      return null;
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }

  private String visit(String date) {
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "VISIT", "date": "%s", "actors": ["%s", "%s"], "attributes": {},
             "summary": {"en": "a visit"}, "sources": [{"document": "%s", "locator": "p. 2"}]}"""
                .formatted(date, a, b, doc));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  @Test
  void aDashboardSeesDevelopmentsAndWatchItemsAndAfterReconnectingExactlyWhatItMissed()
      throws Exception {
    String lastId;
    try (Connection live = new Connection(null)) {
      String first = visit("2013-09");
      Sse event = live.next();
      assertThat(event).isNotNull();
      assertThat(event.name()).isEqualTo("development.recorded");
      assertThat(event.data().path("kind").asText()).isEqualTo("development.recorded");
      assertThat(event.data().path("payload").path("developmentId").asText()).isEqualTo(first);
      assertThat(event.data().path("position").asText()).isEqualTo(event.id());

      // a rule naming its actor: this run's database is shared, and a rule matching every visit
      // would link every later test's visits too (thousands, in the import tests)
      Api.Response opened =
          api.post(
              "/api/watch-items",
              """
              {"id": "watch-%s", "question": {"en": "Another visit?"}, "subjects": ["%s"],
               "resolvesWhen": {"en": "a visit"}, "rule": {"types": ["VISIT"], "actors": ["%s"]},
               "reviewBy": "2030"}"""
                  .formatted(a.toLowerCase(), a, a));
      assertThat(opened.status()).as(opened.text()).isEqualTo(201);
      Sse watch = live.next();
      assertThat(watch.name()).isEqualTo("watch-item.opened");
      assertThat(watch.data().path("payload").path("id").asText())
          .isEqualTo("watch-" + a.toLowerCase());
      lastId = watch.id();
    }

    String second = visit("2013-10");
    String third = visit("2013-11");

    try (Connection back = new Connection(lastId)) {
      List<String> received = new ArrayList<>();
      for (Sse event = back.next(); event != null; event = back.next()) {
        if (event.name().equals("development.recorded")) {
          received.add(event.data().path("payload").path("developmentId").asText());
        }
        if (received.size() == 2) {
          break;
        }
      }
      assertThat(received).containsExactly(second, third);
      assertThat(back.next(Duration.ofMillis(700))).isNull();
    }
  }

  @Test
  void aViewerReplayingTheLogGetsEachDevelopmentAsItStandsNowAndNothingOfItsPast()
      throws Exception {
    String corrected;
    String from;
    try (Connection live = new Connection("analyst", null)) {
      corrected = visit("2013-09");
      from = Long.toString(Long.parseLong(live.next().id()) - 1);
    }
    Api.Response correction =
        api.post(
            "/api/developments/" + corrected + "/corrections",
            """
            {"version": 2, "reason": "it was a state visit", "type": "VISIT", "date": "2013-09-07",
             "actors": ["%s", "%s"], "attributes": {}, "summary": {"en": "a state visit"},
             "sources": [{"document": "%s", "locator": "p. 3"}]}"""
                .formatted(a, b, doc));
    assertThat(correction.status()).as(correction.text()).isEqualTo(201);
    String retracted = visit("2013-10");
    assertThat(
            api.post(
                    "/api/developments/" + retracted + "/retraction",
                    "{\"reason\": \"never happened\"}")
                .status())
        .isEqualTo(201);
    String current = visit("2013-11");
    Set<String> ours = Set.of(corrected, retracted, current);
    Predicate<Sse> aboutOurs =
        event -> ours.contains(event.data().path("payload").path("developmentId").asText());

    List<Sse> viewed = new ArrayList<>();
    try (Connection viewer = new Connection("viewer", from)) {
      for (Sse event = viewer.next(aboutOurs, Duration.ofSeconds(10));
          event != null;
          event = viewer.next(aboutOurs, Duration.ofSeconds(2))) {
        viewed.add(event);
      }
    }

    assertThat(viewed)
        .extracting(Sse::name)
        .containsExactly("development.corrected", "development.retracted", "development.recorded");
    JsonNode now = viewed.get(0).data().path("payload");
    assertThat(now.path("developmentId").asText()).isEqualTo(corrected);
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(now.at("/content/summary/en").asText()).isEqualTo("a state visit");
    assertThat(viewed.get(0).data().toString()).doesNotContain("it was a state visit");
    assertThat(viewed.get(1).data().path("payload"))
        .as("a tombstone: the id only")
        .isEqualTo(JSON.createObjectNode().put("developmentId", retracted));
    assertThat(viewed.get(1).data().has("recordedBy")).isFalse();
    assertThat(viewed.get(1).data().toString()).doesNotContain("never happened");
    assertThat(viewed.get(2).data().path("payload").path("developmentId").asText())
        .isEqualTo(current);
    assertThat(viewed).allSatisfy(e -> assertThat(e.data().has("recordedBy")).isFalse());

    List<String> analysed = new ArrayList<>();
    try (Connection analyst = new Connection("analyst", from)) {
      for (Sse event = analyst.next(aboutOurs, Duration.ofSeconds(10));
          event != null && analysed.size() < 5;
          event = analyst.next(aboutOurs, Duration.ofSeconds(2))) {
        analysed.add(event.name());
      }
    }
    assertThat(analysed)
        .as("an analyst replays the past as it was recorded")
        .containsExactly(
            "development.recorded",
            "development.corrected",
            "development.recorded",
            "development.retracted",
            "development.recorded");
  }

  @Test
  void aDashboardMovingThroughMoreViewsThanItsUserMayHoldStreamsIsNeverRefused() throws Exception {
    // each view opens the stream and closes it when the reader moves on: a closed connection
    // frees its slot, so view after view is let in, well past the per-user cap
    for (int view = 1; view <= 3 * streamsPerUser; view++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket
            .getOutputStream()
            .write(
                ("GET /api/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                        + "Authorization: "
                        + Api.basic("viewer") // a user no other test streams as
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String statusLine =
            new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertThat(statusLine).as("view %d", view).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void shuttingDownEndsLiveConnectionsInsteadOfWaitingForThem() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    try (SecondApp app = SecondApp.on(database)) {
      int before = port;
      port = Integer.parseInt(app.baseUrl().substring(app.baseUrl().lastIndexOf(':') + 1));
      try (Connection live = new Connection(null)) {
        LiveStream stream = app.bean(LiveStream.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.connections() == 1);

        stream.stop(); // what the application's shutdown does first

        await().atMost(Duration.ofSeconds(5)).until(() -> !live.reader.isAlive());
        assertThat(stream.connections()).isZero();
      } finally {
        port = before;
      }
    }
  }

  @Test
  void aBadLastEventIdIsA400() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream"))
            .header("Authorization", Api.basic(Api.DEFAULT_USER))
            .header("Last-Event-ID", "yesterday")
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("Last-Event-ID");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
