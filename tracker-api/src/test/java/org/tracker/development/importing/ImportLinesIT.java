package org.tracker.development.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.TestDatabase;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * An import's lines as they arrive: a byte-order mark at the start is not part of line 1; a line
 * that is not UTF-8, not Unicode or not a JSON object is refused naming the line; and a database
 * lost while the file is written is answered 503, not as a conflict.
 */
@TrackerIntegrationTest
class ImportLinesIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private Api.Response importing(byte[] file) {
    return new Api(port).as("analyst").send("POST", "/api/import", "application/x-ndjson", file);
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> errors(Api.Response r) {
    return r.json().path("errors").findParents("line").stream()
        .map(e -> e.path("line").asLong() + " " + e.path("field").asText())
        .toList();
  }

  @Test
  void aByteOrderMarkAtTheStartOfAnImportIsAccepted() {
    String code = Fixtures.freshCode();
    byte[] file =
        bytes(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8(new Ndjson().actor(code).toString()));

    Api.Response imported = importing(file);

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("recorded").asLong()).isEqualTo(1);
    assertThat(new Api(port).get("/api/actors/" + code).status()).isEqualTo(200);
  }

  @Test
  void aLineThatIsNotUtf8IsRefusedNamingItAndNothingIsWritten() {
    String first = new Ndjson().actor(Fixtures.freshCode()).toString();
    byte[] latin1 =
        new Ndjson().actor("T-\u00c9T\u00c9").toString().getBytes(StandardCharsets.ISO_8859_1);
    long before = events();

    Api.Response refused = importing(bytes(utf8(first), latin1));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(errors(refused)).containsExactly("2 line");
    assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("is not valid UTF-8");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aLoneSurrogateInALineIsRefusedNamingTheLineAndTheField() {
    Ndjson file =
        new Ndjson()
            .line(
                """
                {"type":"ACTOR_REGISTERED","attributes":{"code":"%s","kind":"ORGANIZATION",\
                "name":{"en":"bad \\ud800"}}}\
                """
                    .formatted(Fixtures.freshCode()));

    Api.Response refused = importing(utf8(file.toString()));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(errors(refused)).hasSize(1).first().asString().startsWith("1 ");
    assertThat(refused.json().at("/errors/0/message").asText()).contains("surrogate");
  }

  @Test
  void linesThatAreJsonButNotObjectsAreRefusedNamingEach() {
    Ndjson file = new Ndjson().actor(Fixtures.freshCode());
    for (String line : List.of("null", "42", "\"text\"", "false", "[]", "[{}]")) {
      file.line(line);
    }
    long before = events();

    Api.Response refused = importing(utf8(file.toString()));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(errors(refused))
        .containsExactly("2 line", "3 line", "4 line", "5 line", "6 line", "7 line");
    assertThat(refused.json().path("errors").findValuesAsText("message"))
        .containsOnly("must be a JSON object");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aDatabaseConnectionLostWhileTheFileIsWrittenIsAnswered503AndNothingIsWritten()
      throws Exception {
    Api api = new Api(port).as("analyst");
    String code = Fixtures.freshCode();
    byte[] file = utf8(new Ndjson().actor(code).toString());
    long before = events();
    TestDatabase db = TestDatabase.get();
    Api.Response cut;
    try (Connection recording = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement sql = recording.createStatement()) {
      // a recording holds the log's lock (shared): the import waits for it to write
      recording.setAutoCommit(false);
      sql.execute("SELECT pg_advisory_xact_lock_shared(" + AppendLock.KEY + ")");
      CompletableFuture<Api.Response> importing =
          CompletableFuture.supplyAsync(
              () -> api.send("POST", "/api/import", "application/x-ndjson", file));
      int waiting =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> waitingForTheLog(sql), Objects::nonNull);
      sql.execute("SELECT pg_terminate_backend(" + waiting + ")"); // its connection is lost
      recording.rollback();
      cut = importing.get(60, TimeUnit.SECONDS);
    }

    assertThat(cut.status()).as(cut.text()).isEqualTo(503);
    assertThat(cut.contentType()).startsWith("application/problem+json");
    assertThat(cut.json().path("detail").asText()).contains("nothing was imported");
    assertThat(events()).isEqualTo(before);
    Api.Response again = api.send("POST", "/api/import", "application/x-ndjson", file);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    JsonNode report = again.json();
    assertThat(report.path("recorded").asLong()).isEqualTo(1);
  }

  /** The server process of a connection waiting for the log's lock, or null. */
  private static Integer waitingForTheLog(Statement sql) throws Exception {
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted LIMIT 1")) {
      return rs.next() ? rs.getInt(1) : null;
    }
  }
}
