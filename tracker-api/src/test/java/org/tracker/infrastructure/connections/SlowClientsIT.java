package org.tracker.infrastructure.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Hundreds of connections dribbling a request body a byte at a time from one address hold only that
 * address's share of the server: everyone else keeps being answered, and correctly. Bounded (about
 * 15 s of holds) and on loopback only; how fast the others are answered meanwhile is measured in
 * bench/ ({@code SlowClientsBenchmark}), not asserted here.
 */
class SlowClientsIT {

  static final int SLOW_CONNECTIONS = 500;
  static final Duration HOLD = Duration.ofSeconds(15);
  // production's default (the shared test application allows more: see application-test)
  static final int PER_ADDRESS = 64;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One slow client: its request's headers sent, its body coming a byte every half second. */
  static final class Dribbler implements AutoCloseable {
    final SocketChannel channel;
    volatile boolean cut;

    Dribbler(String from, int port, boolean signedIn, String forwardedFor) throws IOException {
      channel = SocketChannel.open();
      channel.bind(new InetSocketAddress(from, 0));
      channel.connect(new InetSocketAddress("127.0.0.1", port));
      String head =
          "POST /api/developments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/json\r\nContent-Length: 100000\r\n"
              + (signedIn ? "Authorization: " + Api.basic(Api.DEFAULT_USER) + "\r\n" : "")
              + "X-Forwarded-For: "
              + forwardedFor
              + "\r\n\r\n{";
      write(head);
      channel.configureBlocking(false);
    }

    void write(String text) {
      try {
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
      } catch (IOException e) {
        cut = true;
      }
    }

    /** Whether the server has not answered it (yet). */
    boolean unanswered() throws IOException {
      return channel.read(ByteBuffer.allocate(1)) == 0;
    }

    volatile String answer = "";

    /** Whether the server refused it (answered 429, or closed it) rather than held it. */
    boolean refused() {
      ByteBuffer bytes = ByteBuffer.allocate(4096);
      try {
        int read = channel.read(bytes);
        answer = new String(bytes.array(), 0, Math.max(read, 0), StandardCharsets.US_ASCII);
        return cut || read < 0 || answer.startsWith("HTTP/1.1 429");
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  @Test
  void fiveHundredSlowBodiesFromOneAddressLeaveEveryoneElseAnsweredCorrectly() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    try (SecondApp app =
        SecondApp.on(
            TestDatabase.get().another(),
            "--tracker.connections.per-address=" + PER_ADDRESS,
            // the cap alone: the least body rate would answer these dribbles 408 after 10 s
            // (aBodyDribbledSlowerThanTheLeastRateIsRefusedWith408 below)
            "--tracker.connections.min-body-rate=0")) {
      int port = app.port();
      String base = "http://127.0.0.1:" + port;
      List<Dribbler> slow = new ArrayList<>();
      ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
      try {
        for (int i = 0; i < SLOW_CONNECTIONS; i++) {
          // each claims to be another client: no proxy is trusted, so the header changes nothing
          slow.add(new Dribbler("127.0.0.2", port, i % 2 == 0, "10.9." + i / 256 + "." + i % 256));
        }
        drip.scheduleAtFixedRate(
            () -> slow.forEach(d -> d.write(" ")), 500, 500, TimeUnit.MILLISECONDS);
        int answered = answerWhileTheyHold(client, base);
        long held = slow.stream().filter(d -> !d.refused()).count();
        assertThat(held).as("slow connections the server held").isEqualTo(PER_ADDRESS);
        // the refused could read why (a client sending on may see a reset instead)
        assertThat(slow.stream().map(d -> d.answer))
            .anySatisfy(
                answer ->
                    assertThat(answer)
                        .startsWith("HTTP/1.1 429")
                        .contains("application/problem+json")
                        .contains("127.0.0.2 holds " + PER_ADDRESS + " connections"));
        assertThat(answered).isPositive();
      } finally {
        drip.shutdownNow();
        for (Dribbler d : slow) {
          d.close();
        }
      }

      // once they let go, the address is served again, connection after connection: a closed
      // connection stops counting against its address
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> statusLine("127.0.0.2", port).startsWith("HTTP/1.1 200"));
      for (int i = 0; i < 2 * PER_ADDRESS; i++) {
        assertThat(statusLine("127.0.0.2", port)).as("connection %d", i).startsWith("HTTP/1.1 200");
      }
    }
  }

  /** The status line of a health check made on a connection of its own from an address. */
  private static String statusLine(String from, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              "GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return answer.lines().findFirst().orElse("");
    } catch (SocketException e) {
      return "reset: " + e.getMessage(); // refused while sending: the server closed it
    }
  }

  /** Records an actor and reads the health, again and again while the slow ones hold. */
  private static int answerWhileTheyHold(HttpClient client, String base) throws Exception {
    int answered = 0;
    long end = System.nanoTime() + HOLD.toNanos();
    while (System.nanoTime() < end) {
      String code = Fixtures.freshCode();
      HttpResponse<String> recorded =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/developments"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", Api.basic(Api.DEFAULT_USER))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          """
                          {"type": "ACTOR_REGISTERED",
                           "attributes": {"code": "%s", "kind": "ORGANIZATION",
                                          "name": {"en": "Patient actor %s"}}}"""
                              .formatted(code, code)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
      String id = JSON.readTree(recorded.body()).path("id").asText();
      assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith(id);

      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
      answered += 2;
    }
    return answered;
  }

  @Test
  void behindATrustedProxyTheCapCountsEachClientItNames() throws Exception {
    try (SecondApp app =
            SecondApp.on(
                TestDatabase.get().another(),
                "--tracker.connections.trusted-proxies=10.0.0.0/8,127.0.0.1",
                "--tracker.connections.per-address=2",
                "--tracker.connections.min-body-rate=0");
        Dribbler first = new Dribbler("127.0.0.1", app.port(), true, "203.0.113.7, 10.1.2.3");
        Dribbler second = new Dribbler("127.0.0.1", app.port(), true, "203.0.113.7")) {
      HttpClient client = HttpClient.newHttpClient();
      URI health = URI.create("http://127.0.0.1:" + app.port() + "/actuator/health");

      // the proxy forwards a third request of the client whose two slow bodies are in progress
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> healthFor(client, health, "203.0.113.7").statusCode() == 429);
      HttpResponse<String> refused = healthFor(client, health, "198.51.100.20, 203.0.113.7");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(refused.body()).path("detail").asText()).startsWith("203.0.113.7 ");

      // another client through the same proxy, more connections from it than the cap: answered
      HttpResponse<String> other = healthFor(client, health, "198.51.100.20");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(other.body()).path("status").asText()).isEqualTo("UP");
      assertThat(first.unanswered()).isTrue();
      assertThat(second.unanswered()).isTrue();
    }
  }

  private static HttpResponse<String> healthFor(HttpClient client, URI health, String forwardedFor)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(health)
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-For", forwardedFor)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The read timeout bounds each wait for a body's next bytes, which a byte every 200 ms passes;
   * the least body rate is a deadline for the whole body: once the grace (the body timeout, here 2
   * s) has passed, a body averaging less (here 5 bytes a second) is refused with 408 and its
   * connection closed without waiting for the rest — a JSON body and an import alike.
   */
  @Test
  void aBodyDribbledSlowerThanTheLeastRateIsRefusedWith408() throws Exception {
    try (SecondApp app =
        SecondApp.on(TestDatabase.get().another(), "--tracker.connections.body-timeout=2s")) {
      for (String[] request :
          List.of(
              new String[] {"/api/developments", "application/json"},
              new String[] {"/api/import", "application/x-ndjson"})) {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
          socket.setSoTimeout(30_000); // without the deadline, no answer would come before this
          OutputStream out = socket.getOutputStream();
          out.write(
              ("POST "
                      + request[0]
                      + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                      + request[1]
                      + "\r\nContent-Length: 100000\r\nAuthorization: "
                      + Api.basic(Api.DEFAULT_USER)
                      + "\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          drip.scheduleAtFixedRate(
              () -> {
                try {
                  out.write(' ');
                  out.flush();
                } catch (IOException e) {
                  // closed by the server: its answer is what is read below
                }
              },
              200,
              200,
              TimeUnit.MILLISECONDS);

          // the whole answer, to the end of the connection: the server closes it
          String answer =
              new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

          assertThat(answer).as(request[0]).startsWith("HTTP/1.1 408");
          assertThat(answer)
              .contains("application/problem+json")
              .contains("slower than 1024 bytes a second");
        } finally {
          drip.shutdownNow();
        }
      }
    }
  }
}
