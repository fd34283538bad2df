package org.tracker.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged application in a JVM of its own (test users, no seed, plain logs), so that a test
 * can {@code kill -9} it: nothing of it runs on, no shutdown hook, no graceful release.
 */
public final class PackagedApp implements AutoCloseable {

  private final Process process;
  private final Api api;

  private PackagedApp(Process process, int port) {
    this.process = process;
    this.api = new Api(port);
  }

  /** Starts it on the database, its output to {@code log}, and waits until it answers. */
  public static PackagedApp start(TestDatabase database, Path log) throws IOException {
    return start(database, log, Map.of());
  }

  /**
   * Starts it with these environment variables and extra {@code --name=value} arguments, and waits
   * until it answers.
   */
  public static PackagedApp start(
      TestDatabase database, Path log, Map<String, String> environment, String... args)
      throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().matches("tracker-api-.*\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("package the application first"));
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--tracker.db.url=" + database.url(),
                "--tracker.db.user=" + database.user(),
                "--tracker.db.password=" + database.password(),
                "--tracker.seed.enabled=false",
                "--spring.profiles.active=test",
                "--spring.config.additional-location=file:"
                    + Path.of("target", "test-classes").toAbsolutePath()
                    + "/",
                "--logging.structured.format.console="));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    PackagedApp app = new PackagedApp(builder.start(), port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> app.api.get("/actuator/health").status() == 200);
    return app;
  }

  public Api api() {
    return api;
  }

  /** {@code kill -9}; answers the exit status (137 when the signal did it). */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
