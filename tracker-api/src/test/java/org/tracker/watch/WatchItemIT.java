package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/** Opening watch items over HTTP and through the import; listing and reading them. */
@TrackerIntegrationTest
class WatchItemIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  Api api;
  String doc;
  String chn;
  String kaz;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    chn = fixtures.actor();
    kaz = fixtures.actor();
  }

  private String item(String id, String question) {
    return """
        {"%s": "%s",
         "question": {"en": "%s", "zh-Hant": "人民幣結算？"},
         "subjects": ["%s", "%s", "rmb-settlement"],
         "resolvesWhen": {"en": "A currency settlement agreement is signed"},
         "rule": {"types": ["AGREEMENT_SIGNED"], "actors": ["%s"], "subjects": ["rmb-settlement"]},
         "reviewBy": "2014-12",
         "sources": [{"document": "%s", "locator": "§3 ¶9", "quote": "貨幣兌換結算"}]}"""
        .formatted("%KEY%", id, question, chn, kaz, chn, doc);
  }

  private String posted(String id, String question) {
    return item(id, question).replace("%KEY%", "id");
  }

  private String line(String id, String question) {
    return item(id, question).replace("%KEY%", "watchItem").replace("\n", " ");
  }

  private static String freshItemId() {
    return "watch-" + Fixtures.freshId().substring(0, 8);
  }

  @Test
  void anOpenedItemIsListedOpenWithItsSubjectsAndReadBack() {
    String id = freshItemId();
    Api.Response created = api.post("/api/watch-items", posted(id, "Will they settle in RMB?"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/watch-items/" + id);
    assertThat(created.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(created.json().path("openedBy").asText()).isNotBlank();

    Projections.awaitCaughtUp(processing, dataSource);
    JsonNode one = api.get("/api/watch-items/" + id).json();
    assertThat(one.path("question").path("en").asText()).isEqualTo("Will they settle in RMB?");
    assertThat(texts(one.path("subjects"))).containsExactly(chn, kaz, "rmb-settlement");
    assertThat(one.path("reviewBy").asText()).isEqualTo("2014-12");
    assertThat(one.path("rule").path("types").get(0).asText()).isEqualTo("AGREEMENT_SIGNED");

    JsonNode open = api.get("/api/watch-items?status=OPEN&subject=" + kaz).json();
    assertThat(ids(open)).containsExactly(id);
    assertThat(ids(api.get("/api/watch-items?status=RESOLVED&subject=" + kaz).json())).isEmpty();
  }

  @Test
  void theSameItemTwiceOpensOnceAndOtherContentUnderItsIdIsAConflict() {
    String id = freshItemId();
    assertThat(api.post("/api/watch-items", posted(id, "Q?")).status()).isEqualTo(201);
    long events = events();

    Api.Response again = api.post("/api/watch-items", posted(id, "Q?"));
    Api.Response other = api.post("/api/watch-items", posted(id, "Another question?"));

    assertThat(again.status()).isEqualTo(200);
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(other.json().path("detail").asText()).contains(id);
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void aBadItemIsRefusedNamingEachFieldAndNothingIsWritten() {
    long events = events();
    Api.Response response =
        api.post(
            "/api/watch-items",
            """
            {"id": "Not An Id", "question": {"en": " "}, "subjects": ["NOPE-NOT-THERE"],
             "rule": {}, "reviewBy": "2014-13", "on": "2999-01",
             "sources": [{"document": "no-such-doc", "locator": "§1"}]}""");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fields(response.json()))
        .contains(
            "id",
            "question",
            "resolvesWhen",
            "subjects[0]",
            "rule",
            "reviewBy",
            "sources[0].document",
            "on");
    assertThat(events()).isEqualTo(events);
    assertThat(api.get("/api/watch-items?status=NEARLY").status()).isEqualTo(400);
    assertThat(api.get("/api/watch-items/no-such-item").status()).isEqualTo(404);
  }

  @Test
  void watchItemsImportOnceAndTravelInTheExport() {
    String id = freshItemId();
    String file = line(id, "Imported?") + "\n";

    Api.Response first = api.post("/api/import", "application/x-ndjson", file);
    Api.Response second = api.post("/api/import", "application/x-ndjson", file);
    Api.Response changed =
        api.post("/api/import", "application/x-ndjson", line(id, "Changed?") + "\n");

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.json().path("recorded").asLong()).isEqualTo(1);
    assertThat(second.json().path("recorded").asLong()).isZero();
    assertThat(second.json().path("unchanged").asLong()).isEqualTo(1);
    assertThat(changed.status()).isEqualTo(400);
    assertThat(changed.text()).contains("watchItem").contains("other content");
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(api.get("/api/watch-items/" + id).json().path("status").asText()).isEqualTo("OPEN");

    String export = api.get("/api/export").text();
    assertThat(export.lines().filter(l -> l.contains("\"watchItem\":\"" + id + "\"")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("Imported?").contains("rmb-settlement"));
  }

  @Test
  void anItemIsOpenedOnItsSourcesPublicationDateUnlessTheAnalystGivesADay() {
    String published = registeredDocument("2013-10");
    String fromSource = freshItemId();
    String fromAnalyst = freshItemId();
    String undated = freshItemId();
    assertThat(
            api.post("/api/watch-items", posted(fromSource, "Q?").replace(doc, published)).status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/watch-items",
                    posted(fromAnalyst, "Q?")
                        .replace("\"reviewBy\"", "\"on\": \"2014-02-03\", \"reviewBy\""))
                .status())
        .isEqualTo(201);
    assertThat(api.post("/api/watch-items", posted(undated, "Q?")).status()).isEqualTo(201);
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(api.get("/api/watch-items/" + fromSource).json().path("openedOn").asText())
        .isEqualTo("2013-10");
    assertThat(api.get("/api/watch-items/" + fromAnalyst).json().path("openedOn").asText())
        .isEqualTo("2014-02-03");
    assertThat(api.get("/api/watch-items/" + undated).json().path("openedOn").asText())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(ids(api.get("/api/watch-items?subject=" + kaz + "&asOf=2013-09-30").json()))
        .isEmpty();
    assertThat(ids(api.get("/api/watch-items?subject=" + kaz + "&asOf=2014-01-01").json()))
        .containsExactly(fromSource);
    assertThat(api.get("/api/watch-items/" + fromAnalyst + "?asOf=2014-01-01").status())
        .isEqualTo(404);
    JsonNode list = api.get("/api/watch-items?subject=" + kaz + "&asOf=2014-03-01").json();
    assertThat(list.path("asOf").asText()).isEqualTo("2014-03-01");
    assertThat(ids(list)).containsExactlyInAnyOrder(fromSource, fromAnalyst);
  }

  @Test
  void theDayAnItemWasOpenedTravelsInTheExportAndAnotherDayUnderItsIdIsAConflict() {
    String id = freshItemId();
    String dated = line(id, "Dated?").replace("\"reviewBy\"", "\"on\": \"2013-11\", \"reviewBy\"");
    assertThat(api.post("/api/import", "application/x-ndjson", dated + "\n").status())
        .isEqualTo(200);

    Api.Response again = api.post("/api/import", "application/x-ndjson", dated + "\n");
    Api.Response undated =
        api.post("/api/import", "application/x-ndjson", line(id, "Dated?") + "\n");
    Api.Response otherDay =
        api.post("/api/import", "application/x-ndjson", dated.replace("2013-11", "2013-12") + "\n");

    assertThat(again.json().path("unchanged").asLong()).isEqualTo(1);
    assertThat(undated.json().path("unchanged").asLong()).isEqualTo(1);
    assertThat(otherDay.status()).isEqualTo(400);
    assertThat(otherDay.text()).contains("watchItem");
    assertThat(
            api.get("/api/export")
                .text()
                .lines()
                .filter(l -> l.contains("\"watchItem\":\"" + id + "\"")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("\"on\":\"2013-11\""));
  }

  /** Registers a document published on {@code published}; answers its id. */
  private String registeredDocument(String published) {
    String id = "doc-" + Fixtures.freshId().substring(0, 8);
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "DOCUMENT_REGISTERED",
             "attributes": {"documentId": "%s", "title": "A dated source", "language": "en",
                            "published": "%s"}}"""
                .formatted(id, published));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return id;
  }

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("items").forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(n -> fields.add(n.path("field").asText()));
    return fields;
  }
}
