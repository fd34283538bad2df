package org.tracker.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input campaign's requests for issue 19's items 3–5 and 8, each with the answer it
 * must get: dates outside the days Tracker knows, in every parameter and body that carries one;
 * text that is not Unicode (a lone surrogate, bytes that are not UTF-8); import lines that are JSON
 * but not objects; wrong JSON types; and the smaller defects (the error path, HEAD, sign-in without
 * a CSRF token).
 */
final class HostileProbes {

  /** One request, the status it must be answered with, and the name its problem must carry. */
  record Expected(
      String user,
      String method,
      String path,
      String contentType,
      byte[] body,
      int status,
      String names,
      String why) {}

  static final List<String> DAYS_OUT_OF_RANGE = List.of("+5874898-01-01", "-4714-01-01");
  static final List<String> MOMENTS_OUT_OF_RANGE =
      List.of("-300000-01-01T00:00:00Z", "+5874898-01-01T00:00:00Z");

  private final List<Expected> probes = new ArrayList<>();

  private HostileProbes() {}

  private void add(String method, String path, String body, int status, String names, String why) {
    add("admin", method, path, body, status, names, why);
  }

  private void add(
      String user, String method, String path, String body, int status, String names, String why) {
    add(
        user,
        method,
        path,
        body == null ? null : "application/json",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        status,
        names,
        why);
  }

  private void add(
      String user,
      String method,
      String path,
      String contentType,
      byte[] body,
      int status,
      String names,
      String why) {
    probes.add(new Expected(user, method, path, contentType, body, status, names, why));
  }

  private void importing(byte[] file, String names, String why) {
    add("admin", "POST", "/api/import", "application/x-ndjson", file, 400, names, why);
  }

  private void importing(String file, String names, String why) {
    importing(file.getBytes(StandardCharsets.UTF_8), names, why);
  }

  /**
   * The campaign against the records a test made: actors {@code a}, {@code b}, a document, a
   * development and a watch item; {@code visit} is a valid development's JSON and {@code item}'s
   * body a valid watch item's, each with {@code "date":"2013-09"} and {@code "reviewBy":"2030"}.
   */
  static List<Expected> campaign(
      String a, String b, String development, String item, String visit, String watchItem) {
    HostileProbes p = new HostileProbes();
    // 3: dates outside PostgreSQL's range (and ours), on every endpoint that takes them
    List<String> reading =
        List.of(
            "/api/relationships/" + a + "/" + b + "?",
            "/api/relationships?actor=" + a + "&",
            "/api/timeline?",
            "/api/agreements/agreement-x?",
            "/api/projects/project-x?",
            "/api/proposals?",
            "/api/actors/" + a + "?",
            "/api/actors/" + a + "/memberships?",
            "/api/organizations/" + a + "?",
            "/api/watch-items?",
            "/api/watch-items/" + item + "?");
    for (String path : reading) {
      for (String day : DAYS_OUT_OF_RANGE) {
        p.add("GET", path + "asOf=" + day.replace("+", "%2B"), null, 400, "asOf", "asOf " + day);
      }
      for (String moment : MOMENTS_OUT_OF_RANGE) {
        p.add(
            "GET",
            path + "knownAt=" + moment.replace("+", "%2B"),
            null,
            400,
            "knownAt",
            "knownAt " + moment);
      }
    }
    for (String moment : MOMENTS_OUT_OF_RANGE) {
      for (String name : List.of("from", "to")) {
        p.add(
            "GET",
            "/api/audit/log?" + name + "=" + moment.replace("+", "%2B"),
            null,
            400,
            name,
            "audit " + name + " " + moment);
      }
    }
    for (String day : DAYS_OUT_OF_RANGE) {
      p.add(
          "GET", "/api/timeline?from=" + day.replace("+", "%2B"), null, 400, "from", "from " + day);
      p.add(
          "POST",
          "/api/developments",
          visit.replace("\"date\":\"2013-09\"", "\"date\":\"" + day + "\""),
          400,
          "date",
          "a development dated " + day);
      p.add(
          "POST",
          "/api/developments",
          """
          {"type":"PROJECT_MILESTONE","date":"2013","actors":["%s"],"attributes":{"projectId":\
          "project-x","milestone":"CONSTRUCTION_STARTED","status":"PLANNED","expected":"%s"}}\
          """
              .formatted(a, day),
          400,
          "expected",
          "a milestone expected " + day);
      p.add(
          "POST",
          "/api/developments",
          """
          {"type":"DOCUMENT_REGISTERED","attributes":{"documentId":"doc-hostile","title":"t",\
          "language":"en","published":"%s"}}\
          """
              .formatted(day),
          400,
          "published",
          "a document published " + day);
      p.add(
          "POST",
          "/api/watch-items",
          watchItem.replace("\"reviewBy\": \"2030\"", "\"reviewBy\": \"" + day + "\""),
          400,
          "reviewBy",
          "a watch item reviewed by " + day);
      p.add(
          "POST",
          "/api/watch-items/" + item + "/drop",
          "{\"reason\":\"r\",\"on\":\"" + day + "\"}",
          400,
          "on",
          "a watch item dropped on " + day);
      p.importing(visit.replace("\"date\":\"2013-09\"", "\"date\":\"" + day + "\""), "date", day);
    }
    // 4: text that is not Unicode
    String lone = "\"bad \\ud800\"";
    p.add(
        "POST",
        "/api/developments",
        visit.replace("\"summary\":{\"en\":\"x\"}", "\"summary\":{\"en\":" + lone + "}"),
        400,
        "summary.en",
        "a lone surrogate in a summary");
    p.add(
        "POST",
        "/api/developments/" + development + "/retraction",
        "{\"reason\":\"bad \\udc00 low\"}",
        400,
        "reason",
        "a lone low surrogate in a reason");
    p.add(
        "POST",
        "/api/watch-items/" + item + "/drop",
        "{\"reason\":" + lone + "}",
        400,
        "reason",
        "a lone surrogate in a watch item's reason");
    p.importing(
        visit.replace("\"locator\":\"p. 1\"", "\"locator\":" + lone), "sources[0].locator", "lone");
    byte[] notUtf8 = visit.replace("\"x\"", "\"\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
    p.importing(notUtf8, "line", "an import line in Latin-1, not UTF-8");
    // 5: import lines that are JSON but not objects
    for (String line : List.of("null", "123", "\"text\"", "true", "[]", "[" + visit + "]")) {
      p.importing(line + "\n", "line", "an import line " + line);
    }
    // 8: wrong JSON types are refused, not coerced into text
    p.add(
        "POST",
        "/api/developments",
        visit.replace("\"date\":\"2013-09\"", "\"date\":2013"),
        400,
        "date",
        "a date as a number");
    p.add(
        "POST",
        "/api/developments",
        visit.replace("\"summary\":{\"en\":\"x\"}", "\"summary\":{\"en\":1}"),
        400,
        "summary.en",
        "a summary as a number");
    p.add(
        "POST",
        "/api/developments",
        visit.replace("\"locator\":\"p. 1\"", "\"locator\":true"),
        400,
        "sources[0].locator",
        "a locator as a boolean");
    p.add(
        "POST",
        "/api/developments/" + development + "/retraction",
        "{\"reason\":2.5}",
        400,
        "reason",
        "a reason as a number");
    p.add(
        "POST",
        "/api/watch-items",
        watchItem.replace("\"reviewBy\": \"2030\"", "\"reviewBy\": 2030"),
        400,
        "reviewBy",
        "a review date as a number");
    p.importing(visit.replace("\"date\":\"2013-09\"", "\"date\":2013"), "date", "number date");
    // … and inside attributes, where any JSON value is read, each kind takes only its own
    p.add(
        "POST",
        "/api/developments",
        """
        {"type":"PARTNERSHIP_ESTABLISHED","date":"2013","actors":["%s","%s"],\
        "attributes":{"level":"PARTNERSHIP","label":5}}\
        """
            .formatted(a, b),
        400,
        "label",
        "a text attribute as a number");
    for (String attribute : List.of("\"value\":\"12\"", "\"cumulative\":\"true\"")) {
      p.add(
          "POST",
          "/api/developments",
          """
          {"type":"PROJECT_QUANTITY_REPORTED","date":"2013","actors":["%s"],"attributes":\
          {"projectId":"project-x","quantity":"CAPACITY","value":12,"unit":"bcm",%s}}\
          """
              .formatted(a, attribute)
              .replace("\"value\":12,\"unit\":\"bcm\",\"value\"", "\"unit\":\"bcm\",\"value\""),
          400,
          attribute.substring(1, attribute.indexOf('"', 1)),
          "attribute " + attribute + " as text");
    }
    // 8: the error path, HEAD, signing in without the login page's CSRF token
    p.add("GET", "/error", null, 404, null, "the error path asked for directly");
    p.add(null, "GET", "/error", null, 404, null, "the error path asked for by a stranger");
    p.add(
        null,
        "POST",
        "/login",
        "application/x-www-form-urlencoded",
        "username=admin&password=admin-password".getBytes(StandardCharsets.UTF_8),
        403,
        null,
        "signing in without a CSRF token (login CSRF)");
    for (String path :
        List.of(
            "/api/timeline",
            "/api/relationships/" + a + "/" + b,
            "/api/developments/" + development,
            "/api/watch-items/" + item,
            "/api/vocabulary",
            "/actuator/health")) {
      p.add("viewer", "HEAD", path, null, 200, null, "HEAD " + path);
    }
    return List.copyOf(p.probes);
  }
}
