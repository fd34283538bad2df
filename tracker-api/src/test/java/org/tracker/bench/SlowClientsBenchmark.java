package org.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * What slow clients cost everyone else (issue 19, item 1): a normal client on 127.0.0.1 reads
 * timeline pages one after another, first alone ({@code bench.slow.baseline}, 15 s), then while
 * {@code bench.slow.connections} (500) connections from 127.0.0.2 send a request body a byte every
 * half second for {@code bench.slow.hold} (60 s), half of them signed in; the cap per address is
 * production's 64. Goal: the normal client's p99 under 1 s while the slow ones hold. Run with
 * {@code bench/run SlowClientsBenchmark} (its own database and Tracker, seeded).
 */
class SlowClientsBenchmark {

  private static final int CONNECTIONS = Integer.getInteger("bench.slow.connections", 500);
  private static final Duration HOLD =
      Duration.ofSeconds(Integer.getInteger("bench.slow.hold", 60));
  private static final Duration WARM_UP = Duration.ofSeconds(30);
  private static final Duration BASELINE =
      Duration.ofSeconds(Integer.getInteger("bench.slow.baseline", 15));

  @Test
  void aNormalClientsLatencyWhileSlowBodiesHold() throws Exception {
    try (SecondApp app =
        SecondApp.on(
            TestDatabase.get().another(),
            "--tracker.seed.enabled=true",
            "--tracker.connections.per-address=64")) { // production's default
      SeededApp.awaitProjections(app);
      int port = app.port();
      HttpClient client = HttpClient.newHttpClient();
      measure(client, port, WARM_UP); // the JIT, the pools
      long[] alone = measure(client, port, BASELINE);

      List<SocketChannel> slow = new ArrayList<>();
      ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
      long[] held;
      long refused;
      try {
        for (int i = 0; i < CONNECTIONS; i++) {
          slow.add(open(port, i % 2 == 0));
        }
        drip.scheduleAtFixedRate(
            () -> slow.forEach(SlowClientsBenchmark::dribble), 500, 500, TimeUnit.MILLISECONDS);
        held = measure(client, port, HOLD);
        refused = slow.stream().filter(c -> !c.isOpen() || answered429(c)).count();
      } finally {
        drip.shutdownNow();
        for (SocketChannel c : slow) {
          c.close();
        }
      }
      BenchmarkReport.record(
          "slow-clients",
          """
          ### Slow clients (%s)
          A normal client on 127.0.0.1 reads timeline pages of the seed one after another
          (signed in, HTTP/1.1 kept alive; after 30 s of warm-up); alone for %d s, then while
          %,d connections from 127.0.0.2 send a request body a byte every 500 ms for %d s (half
          of them signed in; the cap per address is production's 64).
          Goal: p99 < 1 s while they hold. Latency in ms.

          | phase | requests | p50 | p99 | max | slow connections held / refused |
          |---|---|---|---|---|---|
          | alone | %,d | %s | %s | %s | – |
          | %,d slow connections | %,d | %s | %s | %s | %,d / %,d |
          """
              .formatted(
                  BenchmarkReport.machine(),
                  BASELINE.toSeconds(),
                  CONNECTIONS,
                  HOLD.toSeconds(),
                  alone.length,
                  ms(alone, 0.5),
                  ms(alone, 0.99),
                  ms(alone, 1),
                  CONNECTIONS,
                  held.length,
                  ms(held, 0.5),
                  ms(held, 0.99),
                  ms(held, 1),
                  CONNECTIONS - refused,
                  refused));
    }
  }

  /** Latencies (ns, sorted) of timeline pages read one after another for a while. */
  private static long[] measure(HttpClient client, int port, Duration duration) throws Exception {
    List<Long> nanos = new ArrayList<>();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/timeline?size=20"))
            .header("Authorization", Api.basic(Api.DEFAULT_USER))
            .timeout(Duration.ofMinutes(2))
            .build();
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      long started = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      nanos.add(System.nanoTime() - started);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static SocketChannel open(int port, boolean signedIn) throws IOException {
    SocketChannel channel = SocketChannel.open();
    channel.bind(new InetSocketAddress("127.0.0.2", 0));
    channel.connect(new InetSocketAddress("127.0.0.1", port));
    channel.write(
        ByteBuffer.wrap(
            ("POST /api/developments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000\r\n"
                    + (signedIn ? "Authorization: " + Api.basic(Api.DEFAULT_USER) + "\r\n" : "")
                    + "\r\n{")
                .getBytes(StandardCharsets.US_ASCII)));
    channel.configureBlocking(false);
    return channel;
  }

  private static void dribble(SocketChannel channel) {
    try {
      if (channel.isOpen()) {
        channel.write(ByteBuffer.wrap(new byte[] {' '}));
      }
    } catch (IOException e) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closed
      }
    }
  }

  private static boolean answered429(SocketChannel channel) {
    ByteBuffer answer = ByteBuffer.allocate(64);
    try {
      int read = channel.read(answer);
      return read < 0
          || new String(answer.array(), 0, Math.max(read, 0), StandardCharsets.US_ASCII)
              .startsWith("HTTP/1.1 429");
    } catch (IOException e) {
      return true;
    }
  }

  private static String ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return "–";
    }
    return "%.1f".formatted(sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)] / 1e6);
  }
}
