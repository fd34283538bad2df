package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;
import org.tracker.testing.TrackerIntegrationTest;

/** Each limit, exceeded, is answered 413, 400 or 429 as problem+json. */
@TrackerIntegrationTest
class LimitsIT {

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, String contentType, byte[] body, boolean chunked)
      throws Exception {
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", Api.basic("analyst"))
            .header("Content-Type", contentType)
            .POST(publisher)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] bigJson() {
    return ("{\"summary\": {\"en\": \"" + "x".repeat(1_200_000) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aJsonBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    for (boolean chunked : new boolean[] {false, true}) {
      HttpResponse<String> r = post("/api/developments", "application/json", bigJson(), chunked);
      assertThat(r.statusCode()).as("chunked " + chunked).isEqualTo(413);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(r.body()).contains("1048576");
    }
  }

  @Test
  void pageSizeAndSearchTextHaveLimits() {
    Api api = new Api(port).as("viewer");
    Api.Response page = api.get("/api/timeline?size=100000");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.contentType()).startsWith("application/problem+json");
    assertThat(page.text()).contains("size");
    Api.Response text = api.get("/api/timeline?text=" + "x".repeat(5000));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.text()).contains("text");
    assertThat(new Api(port).as("auditor").get("/api/audit/log?size=100000").status())
        .isEqualTo(400);
  }

  @Test
  void oneUserMayHoldFourLiveConnectionsAndTheFifthIsAnswered429() throws Exception {
    List<InputStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        HttpResponse<InputStream> r = stream("other-analyst"); // a user no other test streams as
        assertThat(r.statusCode()).isEqualTo(200);
        open.add(r.body());
      }
      HttpResponse<InputStream> fifth = stream("other-analyst");
      assertThat(fifth.statusCode()).isEqualTo(429);
      assertThat(fifth.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      fifth.body().close();
      HttpResponse<InputStream> someoneElse = stream("auditor");
      assertThat(someoneElse.statusCode()).isEqualTo(200);
      open.add(someoneElse.body());
    } finally {
      for (InputStream stream : open) {
        stream.close();
      }
    }
  }

  @Test
  void anImportOverItsLineOrByteLimitIs413AndWritesNothing() throws Exception {
    try (SecondApp small =
        SecondApp.on(
            TestDatabase.get().another(),
            "--tracker.security.limits.import-lines=5",
            "--tracker.security.limits.import-bytes=4000")) {
      Api api = small.api();
      Ndjson sixLines = new Ndjson();
      for (int i = 0; i < 6; i++) {
        sixLines.actor(Fixtures.freshCode());
      }
      Api.Response lines = api.post("/api/import", "application/x-ndjson", sixLines.toString());
      assertThat(lines.status()).as(lines.text()).isEqualTo(413);
      assertThat(lines.contentType()).startsWith("application/problem+json");
      assertThat(lines.json().path("detail").asText()).contains("5 lines");

      Ndjson bigLine = new Ndjson().line("{\"type\": \"" + "x".repeat(5000) + "\"}");
      Api.Response bytes = api.post("/api/import", "application/x-ndjson", bigLine.toString());
      assertThat(bytes.status()).isEqualTo(413);
      assertThat(bytes.json().path("detail").asText()).contains("4000");

      // chunked (no length declared) and 7.5 MiB over — more than Tomcat swallows (2 MiB) and the
      // sockets hold, less than Tracker reads and drops (8 MiB): the 413 is still read by a client
      // that reads its answer only once it has sent everything (a broken pipe without the drop)
      byte[] megabytesOver =
          ("{\"type\": \"" + "x".repeat(15 << 19) + "\"}\n").getBytes(StandardCharsets.UTF_8);
      String chunked = uploadThenRead(URI.create(small.baseUrl()), "/api/import", megabytesOver);
      assertThat(chunked)
          .startsWith("HTTP/1.1 413")
          .contains("application/problem+json")
          .containsIgnoringCase("Connection: close");
      assertThat(chunked).contains("4000");

      assertThat(api.get("/api/audit/log?size=10").json().path("items")).isEmpty();
      Ndjson fiveLines = new Ndjson();
      for (int i = 0; i < 5; i++) {
        fiveLines.actor(Fixtures.freshCode());
      }
      assertThat(api.post("/api/import", "application/x-ndjson", fiveLines.toString()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void answersCarryStrictHeadersAndNothingForOtherOrigins() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/timeline"))
                .header("Authorization", Api.basic("viewer"))
                .header("Origin", "https://elsewhere.example")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/developments"))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  /**
   * Sends a chunked NDJSON upload whole, as many clients do, and only then reads the answer (the
   * connection is closed after it).
   */
  private static String uploadThenRead(URI base, String path, byte[] body) throws Exception {
    try (Socket socket = new Socket()) {
      socket.setSendBufferSize(1 << 15); // little held on this side: the server must read it
      socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()));
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                  + Api.basic("admin")
                  + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int offset = 0; offset < body.length; offset += 1 << 16) {
        int n = Math.min(1 << 16, body.length - offset);
        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, offset, n);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpResponse<InputStream> stream(String user) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream"))
            .header("Authorization", Api.basic(user))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }
}
