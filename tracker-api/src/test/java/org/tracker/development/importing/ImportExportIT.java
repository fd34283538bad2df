package org.tracker.development.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracker.testing.Fixtures.freshCode;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Ndjson;
import org.tracker.testing.Projections;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class ImportExportIT {

  private static final String NDJSON = "application/x-ndjson";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired javax.sql.DataSource dataSource;

  Api api;
  String doc;
  List<String> actors;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    doc = "doc-" + freshId().substring(0, 8);
    actors = List.of(freshCode(), freshCode(), freshCode(), freshCode());
  }

  /** Registrations first, then developments that refer to them: 10,000 lines in all. */
  private Ndjson tenThousandLines() {
    Ndjson file = new Ndjson().document(doc);
    actors.forEach(file::actor);
    String[] levels = {
      "PARTNERSHIP", "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"
    };
    for (int i = file.size(); i < 10_000; i++) {
      String a = actors.get(i % 4);
      String b = actors.get((i + 1) % 4);
      String date = (1990 + i % 30) + "-" + String.format("%02d", 1 + i % 12);
      if (i % 3 == 0) {
        file.visit(freshId(), a, b, date, doc);
      } else {
        // every tenth line without an id: the import derives one from the content
        file.partnership(
            i % 10 == 1 ? null : freshId(),
            a,
            b,
            levels[i % 3],
            date + "-" + String.format("%02d", 1 + i % 28),
            doc);
      }
    }
    return file;
  }

  @Test
  void aFileWithThreeBadLinesIsRefusedNamingThemThenTheFixedFileImportsOnce() {
    Ndjson file = tenThousandLines();
    String good17 = lineOf(file, 17);
    String good5000 = lineOf(file, 5000);
    String good9999 = lineOf(file, 9999);
    file.replace(17, good17.replaceFirst("\"date\":\"[^\"]+\"", "\"date\":\"2013-02-30\""));
    file.replace(
        5000, good5000.replace(actors.get(0), "NOBODY-1").replace(actors.get(1), "NOBODY-1"));
    file.replace(9999, good9999.replaceFirst("\"attributes\":\\{[^}]*\\}", "\"attributes\":{}"));
    long before = events();

    Api.Response refused = api.post("/api/import", NDJSON, file.toString());

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("badLines").asLong()).isEqualTo(3);
    assertThat(refused.json().path("errors").findValuesAsText("line"))
        .containsOnly("17", "5000", "9999");
    assertThat(fieldsOfLine(refused, 17)).containsExactly("date");
    assertThat(fieldsOfLine(refused, 5000)).isNotEmpty().allMatch(f -> f.startsWith("actors["));
    assertThat(fieldsOfLine(refused, 9999)).isNotEmpty();
    assertThat(events()).isEqualTo(before);

    file.replace(17, good17).replace(5000, good5000).replace(9999, good9999);
    Api.Response imported = api.post("/api/import", NDJSON, file.toString());

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("recorded").asLong()).isEqualTo(10_000);
    assertThat(events()).isEqualTo(before + 10_000);
    assertThat(
            api.get("/api/imports/" + imported.json().path("id").asText())
                .json()
                .path("phase")
                .asText())
        .isEqualTo("DONE");

    Api.Response again = api.post("/api/import", NDJSON, file.toString());

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("recorded").asLong()).isZero();
    assertThat(again.json().path("unchanged").asLong()).isEqualTo(10_000);
    assertThat(events()).isEqualTo(before + 10_000);
  }

  @Test
  void everyKindOfBadLineIsNamedAndTheListIsCapped() {
    Ndjson file = new Ndjson().document(doc).actor(actors.get(0));
    file.line("{not json");
    file.line("[1, 2]");
    file.line("{\"type\": \"VISIT\", \"recordedBy\": \"mallory\"}");
    file.line("");
    file.line("{\"correctionOf\": \"" + freshId() + "\", \"version\": 2, \"reason\": \"x\"}");
    for (int i = 0; i < 150; i++) {
      file.line("{\"type\": \"NO_SUCH_TYPE\"}");
    }
    long before = events();

    Api.Response refused = api.post("/api/import", NDJSON, file.toString());

    assertThat(refused.status()).isEqualTo(400);
    JsonNode errors = refused.json().path("errors");
    assertThat(errors).hasSize(ImportRejected.LISTED);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
    assertThat(errors.get(0).path("message").asText()).contains("not valid JSON");
    assertThat(errors.get(1).path("line").asInt()).isEqualTo(4);
    assertThat(errors.get(2).path("field").asText()).isEqualTo("recordedBy");
    assertThat(errors.get(3).path("line").asInt()).isEqualTo(7);
    assertThat(errors.get(3).path("field").asText()).isEqualTo("correctionOf");
    assertThat(refused.json().path("badLines").asLong()).isEqualTo(154);
    assertThat(refused.json().path("moreErrors").asLong()).isEqualTo(54);
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void correctionsAndRetractionsImportAndReimportWithoutChange() {
    String recordedId = freshId();
    String retractedId = freshId();
    Ndjson file =
        new Ndjson()
            .document(doc)
            .actor(actors.get(0))
            .actor(actors.get(1))
            .partnership(recordedId, actors.get(0), actors.get(1), "PARTNERSHIP", "2001", doc)
            .partnership(
                retractedId, actors.get(0), actors.get(1), "STRATEGIC_PARTNERSHIP", "2011", doc)
            .correction(recordedId, 2, actors.get(0), actors.get(1), "PARTNERSHIP", "2002", doc)
            .retraction(retractedId);

    Api.Response first = api.post("/api/import", NDJSON, file.toString());
    Api.Response second = api.post("/api/import", NDJSON, file.toString());

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.json().path("recorded").asLong()).isEqualTo(5);
    assertThat(first.json().path("corrected").asLong()).isEqualTo(1);
    assertThat(first.json().path("retracted").asLong()).isEqualTo(1);
    assertThat(second.json().path("unchanged").asLong()).isEqualTo(7);
    assertThat(second.json().path("recorded").asLong()).isZero();
    JsonNode corrected = api.get("/api/developments/" + recordedId).json();
    assertThat(corrected.path("version").asInt()).isEqualTo(2);
    assertThat(corrected.path("date").asText()).isEqualTo("2002");
    assertThat(api.get("/api/developments/" + retractedId).json().path("retracted").asBoolean())
        .isTrue();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "PARTNERSHIP"
                    .equals(
                        api.get("/api/relationships/" + actors.get(0) + "/" + actors.get(1))
                            .json()
                            .at("/partnership/level")
                            .asText()));
  }

  @Test
  void theExportImportedIntoAnEmptyTrackerReproducesEveryProjection() throws Exception {
    String a = actors.get(0);
    String b = actors.get(1);
    String corrected = freshId();
    String retracted = freshId();
    Ndjson file =
        new Ndjson()
            .document(doc)
            .actor(a)
            .actor(b)
            .partnership(corrected, a, b, "PARTNERSHIP", "2001", doc)
            .partnership(retracted, a, b, "STRATEGIC_PARTNERSHIP", "2011-05", doc)
            .visit(freshId(), a, b, "2012-03-04", doc)
            .correction(corrected, 2, a, b, "PARTNERSHIP", "2001-06", doc)
            .retraction(retracted);
    assertThat(api.post("/api/import", NDJSON, file.toString()).status()).isEqualTo(200);
    Projections.awaitCaughtUp(processing, dataSource);
    Map<String, List<String>> here = projections(jdbc);

    Api.Response export = api.get("/api/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith(NDJSON);

    TestDatabase empty = TestDatabase.get().another();
    try (SecondApp there = SecondApp.on(empty)) {
      Api.Response imported = there.api().post("/api/import", NDJSON, export.text());
      assertThat(imported.status()).as(imported.text()).isEqualTo(200);
      JdbcClient thereJdbc = JdbcClient.create(there.bean(javax.sql.DataSource.class));
      // the whole export projected afresh, while this run's own app may still be projecting
      Projections.awaitCaughtUp(
          there.bean(EventProcessingConfiguration.class),
          there.bean(javax.sql.DataSource.class),
          java.time.Duration.ofSeconds(90));

      assertThat(projections(thereJdbc)).isEqualTo(here);
      assertThat(there.api().get("/api/export").text()).isEqualTo(export.text());
      assertThat(there.api().get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01").json())
          .isEqualTo(api.get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01").json());
    }
  }

  @Test
  void thePloverExportGivesEachDevelopmentAsAnEventRecord() throws Exception {
    String id = freshId();
    Ndjson file =
        new Ndjson()
            .document(doc)
            .actor(actors.get(0))
            .actor(actors.get(1))
            .partnership(id, actors.get(0), actors.get(1), "STRATEGIC_PARTNERSHIP", "2013-09", doc);
    api.post("/api/import", NDJSON, file.toString());
    Projections.awaitCaughtUp(processing, dataSource); // PLOVER reads the catalog, a projection

    Api.Response plover = api.get("/api/export?format=plover");

    assertThat(plover.status()).isEqualTo(200);
    JsonNode event =
        plover
            .text()
            .lines()
            .map(this::readTree)
            .filter(n -> n.path("id").asText().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(event.path("actor").asText()).isEqualTo(actors.get(0));
    assertThat(event.path("recipient").asText()).isEqualTo(actors.get(1));
    assertThat(event.path("event").asText()).isEqualTo("COOPERATE");
    assertThat(event.path("cameo").isTextual()).isTrue();
    assertThat(event.path("cameo").asText()).isEqualTo("050");
    assertThat(event.path("date").asText()).isEqualTo("2013-09");
    assertThat(event.path("context").get(0).asText()).isEqualTo("diplomatic");
    assertThat(event.path("citation").asText()).contains(doc).contains("夥伴");
    assertThat(plover.text()).doesNotContain("ACTOR_REGISTERED");
    assertThat(api.get("/api/export?format=xml").status()).isEqualTo(400);
  }

  private JsonNode readTree(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every projection row, without the columns that record when (which an import renews). */
  static Map<String, List<String>> projections(JdbcClient jdbc) {
    return Map.of(
        "actor", rows(jdbc, "SELECT code, kind, name_en, name_zh_hant, development_id FROM actor"),
        "document", rows(jdbc, "SELECT document_id, title, language, development_id FROM document"),
        "development",
            rows(jdbc, "SELECT development_id, type, content, version, retracted FROM development"),
        "fact",
            rows(
                jdbc,
                "SELECT development_id, version, type, earliest, latest, actors, subject,"
                    + " parent, content, search, superseded_at IS NULL FROM fact"));
  }

  private static List<String> rows(JdbcClient jdbc, String sql) {
    List<String> rows = new ArrayList<>();
    jdbc.sql(sql + " ORDER BY 1, 2")
        .query(
            rs -> {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
              }
              rows.add(row.toString());
            });
    return rows;
  }

  private static String lineOf(Ndjson file, int number) {
    return file.toString().lines().skip(number - 1).findFirst().orElseThrow();
  }

  private static List<String> fieldsOfLine(Api.Response response, int line) {
    List<String> fields = new ArrayList<>();
    response
        .json()
        .path("errors")
        .forEach(
            e -> {
              if (e.path("line").asInt() == line) {
                fields.add(e.path("field").asText());
              }
            });
    return fields;
  }

  /**
   * Developments' events only: watch rules other tests left in this run's shared database may link
   * imported developments as evidence, appending watch-item events while this test runs.
   */
  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE type = 'Development'")
        .query(Long.class)
        .single();
  }
}
