package org.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code java -jar tracker.jar <command> …} on the packaged jar, in a JVM of its own, as an
 * operator runs it: its exit status, its standard output as bytes and its standard error.
 */
public final class JarCommand {

  /** What a run left: exit status, standard output (bytes, and as text), standard error. */
  public record Run(int status, byte[] output, String errors) {
    public String text() {
      return new String(output, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + status + "\nstdout: " + text() + "\nstderr: " + errors;
    }
  }

  private JarCommand() {}

  public static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the jar with these arguments and these environment variables added. */
  public static Run run(Map<String, String> environment, String... args) {
    try {
      Path out = Files.createTempFile("tracker-command", ".out");
      Path err = Files.createTempFile("tracker-command", ".err");
      try {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
          assertThat(process.waitFor(3, TimeUnit.MINUTES))
              .as("the command ends by itself")
              .isTrue();
        } finally {
          process.destroyForcibly();
        }
        return new Run(
            process.exitValue(),
            Files.readAllBytes(out),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      return jars.filter(p -> p.getFileName().toString().matches("tracker-api-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("package the application first"));
    }
  }
}
