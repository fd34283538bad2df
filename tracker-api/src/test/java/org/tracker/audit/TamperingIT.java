package org.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A superuser changing the log behind the triggers (ADR 0019): each kind of change named at the
 * first position where the chain breaks, over HTTP and by {@code java -jar tracker.jar verify}.
 */
class TamperingIT extends OnAFreshDatabase {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aChangedPayloadIsNamedByItsPosition() throws Exception {
    start();
    long[] positions = sealedLog();
    long changed = positions[3];

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + changed);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(changed);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
    assertThat(broken.path("head").path("position").asLong()).isEqualTo(positions[2]);
    assertThat(broken.path("count").asLong()).isEqualTo(3);
  }

  @Test
  void aChangedAuthorInTheMetadataIsCaughtToo() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper(
        "UPDATE domain_event_entry SET meta_data = replace(meta_data, '\"admin\"', '\"someone\"')"
            + " WHERE global_index = "
            + positions[1]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[1]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
  }

  @Test
  void aDeletedRowIsCaughtAtItsPosition() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper("DELETE FROM domain_event_entry WHERE global_index = " + positions[3]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ROW_MISSING");
  }

  @Test
  void aDeletedRowWhoseSealWasDeletedTooIsCaughtAtTheNextSeal() throws Exception {
    start();
    long[] positions = sealedLog();

    tamper(
        "DELETE FROM domain_event_entry WHERE global_index = "
            + positions[3]
            + "; DELETE FROM event_seal WHERE position = "
            + positions[3]);

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(positions[4]);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ROW_MISSING");
    assertThat(broken.path("head").path("position").asLong()).isEqualTo(positions[2]);
  }

  @Test
  void aReorderedPairIsCaughtAtTheFirstOfThem() throws Exception {
    start();
    long[] positions = sealedLog();
    long first = positions[1];
    long second = positions[3];

    tamper(
        "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = "
            + first
            + "; UPDATE domain_event_entry SET global_index = "
            + first
            + " WHERE global_index = "
            + second
            + "; UPDATE domain_event_entry SET global_index = "
            + second
            + " WHERE global_index = -1");

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("holds").asBoolean()).isFalse();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(first);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("ORDER_CHANGED");
    assertThat(broken.path("breaksAt").path("sealedAt").asLong()).isEqualTo(second);
  }

  @Test
  void twoEventsSwappingTheirPayloadsAreCaughtAtTheFirstOfThem() throws Exception {
    start();
    long[] positions = sealedLog();
    long first = positions[3];
    long second = positions[5];

    tamper(
        "UPDATE domain_event_entry e SET payload = o.payload FROM domain_event_entry o"
            + " WHERE (e.global_index, o.global_index) IN (("
            + first
            + ", "
            + second
            + "), ("
            + second
            + ", "
            + first
            + "))");

    JsonNode broken = auditor.get("/api/audit/verify").json();
    assertThat(broken.path("breaksAt").path("position").asLong()).isEqualTo(first);
    assertThat(broken.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
  }

  @Test
  void theCommandLineVerifiesWithoutStartingTheAppAndExitsOneOnATamperedLog() throws Exception {
    start();
    long[] positions = sealedLog();
    app.close();
    app = null;

    Cli holding = cli();
    assertThat(holding.status()).as(holding.output()).isZero();
    assertThat(json.readTree(holding.output()).path("head").path("position").asLong())
        .isEqualTo(positions[positions.length - 1]);

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + positions[3]);

    Cli broken = cli();
    assertThat(broken.status()).as(broken.output()).isEqualTo(1);
    JsonNode answer = json.readTree(broken.output());
    assertThat(answer.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    assertThat(answer.path("breaksAt").path("kind").asText()).isEqualTo("PAYLOAD_CHANGED");
    assertThat(broken.errors()).doesNotContain("Tomcat");
  }

  private record Cli(int status, String output, String errors) {}

  /** {@code java -jar tracker.jar verify --db …} on the packaged jar, in a JVM of its own. */
  private Cli cli() throws IOException, InterruptedException {
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().matches("tracker-api-.*\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("package the application first"));
    }
    Path out = Files.createTempFile("verify", ".json");
    Path err = Files.createTempFile("verify", ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "verify",
            "--db",
            db.url(),
            "--user",
            db.user(),
            "--password",
            db.password());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
    return new Cli(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
