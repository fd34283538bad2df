package org.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A few developments recorded every way Tracker takes them (one by one, corrected, imported, a
 * watch item with a rule that links evidence), and the questions to ask of them afterwards.
 */
public final class SmallWorld {

  private final String a;
  private final String b;
  private final String c;
  private final Instant beforeTheCorrection;

  private SmallWorld(String a, String b, String c, Instant beforeTheCorrection) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.beforeTheCorrection = beforeTheCorrection;
  }

  /** Records the world through the API and checks that each recording was taken. */
  public static SmallWorld recordedThrough(Api api) {
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String a = fixtures.actor();
    String b = fixtures.actor();
    String c = fixtures.actor();
    Api.Response watched =
        api.post(
            "/api/watch-items",
            Fixtures.watchItem(Fixtures.freshId(), "Will they visit?", c, "VISIT", a, doc));
    assertThat(watched.status()).as(watched.text()).isEqualTo(201);
    String partnership = fixtures.recordedPartnership(a, b, doc);
    Instant beforeTheCorrection = Instant.now();
    Api.Response corrected =
        api.post(
            "/api/developments/" + partnership + "/corrections",
            Fixtures.partnership(null, a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", doc)
                .replace("\"id\": \"null\", ", "")
                .replaceFirst("\\{", "{\"reason\": \"the communiqué says strategic\", "));
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
    Ndjson file =
        new Ndjson()
            .partnership(null, b, c, "PARTNERSHIP", "2012", doc)
            .visit(Fixtures.freshId(), a, c, "2014-05", doc)
            .partnership(null, a, c, "STRATEGIC_PARTNERSHIP", "2013-09-12", doc);
    Api.Response imported = api.post("/api/import", "application/x-ndjson", file.toString());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    return new SmallWorld(a, b, c, beforeTheCorrection);
  }

  /**
   * Waits until every projection has handled the whole log and handling it appended nothing more:
   * the watch rules link evidence to an item by appending to the log as they handle a development.
   */
  public static void awaitSettled(SecondApp app) {
    EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
    DataSource dataSource = app.bean(DataSource.class);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    long head;
    do {
      head = head(jdbc);
      Projections.awaitCaughtUp(processing, dataSource);
    } while (head(jdbc) != head);
  }

  private static long head(JdbcClient jdbc) {
    return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }

  /** The requests whose answers must not change (relationships, timelines, watch items, log). */
  public List<String> questions() {
    List<String> paths = new ArrayList<>();
    for (String asOf : List.of("2011-01-01", "2014-01-01", "2015-01-01")) {
      paths.add("/api/relationships/" + a + "/" + b + "?asOf=" + asOf);
      paths.add("/api/relationships/" + a + "/" + c + "?asOf=" + asOf);
      paths.add("/api/relationships/" + b + "/" + c + "?asOf=" + asOf);
    }
    paths.add(relationshipAsKnownBeforeTheCorrection());
    paths.add("/api/timeline?actor=" + a + "&knownAt=" + beforeTheCorrection);
    for (String actor : List.of(a, b, c)) {
      paths.add("/api/timeline?actor=" + actor);
      paths.add("/api/actors/" + actor);
    }
    paths.add("/api/watch-items");
    paths.add("/api/audit/log?size=200");
    return paths;
  }

  /** The corrected relationship (a strategic partnership since 2013-09) on 2014-01-01. */
  public String relationship() {
    return "/api/relationships/" + a + "/" + b + "?asOf=2014-01-01";
  }

  /** The same, as known before the correction (a partnership since 2010). */
  public String relationshipAsKnownBeforeTheCorrection() {
    return relationship() + "&knownAt=" + beforeTheCorrection;
  }

  /** Each question's answer (status and body), in order. */
  public Map<String, String> answers(Api api) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String path : questions()) {
      Api.Response response = api.get(path);
      answers.put(path, response.status() + " " + response.text());
    }
    return answers;
  }

  /** Every projection's table checksums, by projection. */
  public static Map<String, JsonNode> checksums(Api api) {
    Map<String, JsonNode> checksums = new LinkedHashMap<>();
    for (JsonNode projection : api.get("/api/admin/projections").json()) {
      String name = projection.path("name").asText();
      checksums.put(name, api.get("/api/admin/projections/" + name).json().path("checksums"));
    }
    return checksums;
  }
}
