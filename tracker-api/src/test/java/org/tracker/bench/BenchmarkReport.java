package org.tracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.tracker.testing.Api;
import org.tracker.testing.Projections;
import org.tracker.testing.SecondApp;

/** Shared helpers of the benchmarks: machine description, heap sampling, result files. */
final class BenchmarkReport {

  private BenchmarkReport() {}

  /**
   * Rounds of a short measurement (seconds: a phase of requests), whose median is reported: {@code
   * -Dbench.rounds}, default 3. A long one (minutes: the dataset's import, the rebuild) runs once.
   */
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  /** The middle value (the upper one of an even count). */
  static <T> T median(List<T> values, Comparator<? super T> order) {
    List<T> sorted = values.stream().sorted(order).toList();
    return sorted.get(sorted.size() / 2);
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse(cpu);
    } catch (IOException e) {
      // not Linux
    }
    return rt.availableProcessors()
        + " cores ("
        + cpu
        + "), Java "
        + System.getProperty("java.version")
        + ", max heap "
        + rt.maxMemory() / (1024 * 1024)
        + " MiB";
  }

  /** Samples used heap every 20 ms while open; {@link #peakMiB()} is the highest seen. */
  static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "heap-sampler");
              t.setDaemon(true);
              return t;
            });

    HeapSampler() {
      System.gc();
      sampler.scheduleAtFixedRate(
          () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
          0,
          20,
          TimeUnit.MILLISECONDS);
    }

    long peakMiB() {
      return peak.get() / (1024 * 1024);
    }

    @Override
    public void close() {
      sampler.shutdownNow();
    }
  }

  /** Posts an NDJSON file to the import and answers how many seconds it took. */
  static double importFile(HttpClient client, SecondApp app, Path file) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/import"))
                .header("Authorization", Api.basic(Api.DEFAULT_USER))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - started) / 1e9;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("import failed: " + response.body());
    }
    return seconds;
  }

  /** Waits until the projections of the app have handled the whole log. */
  static void awaitProjections(SecondApp app) {
    Projections.awaitCaughtUp(
        app.bean(EventProcessingConfiguration.class),
        app.bean(DataSource.class),
        Duration.ofHours(3)); // 10,000,000 developments (bench/scale) take about 40 minutes
  }

  /** Appends a result block to target/benchmarks/&lt;name&gt;.md and prints it. */
  static void record(String name, String block) throws IOException {
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    String text = "<!-- " + Instant.now() + " -->\n" + block + "\n";
    Files.writeString(
        dir.resolve(name + ".md"),
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println(text);
  }
}
