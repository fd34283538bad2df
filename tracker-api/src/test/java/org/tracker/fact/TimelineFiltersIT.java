package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * The timeline's sharper filters: a pair of actors (developments naming both), a date range a
 * partial date lies certainly or possibly within, and text that finds a development by its id or by
 * the id of what it is about — each bad value refused naming its parameter.
 */
@TrackerIntegrationTest
class TimelineFiltersIT {

  @LocalServerPort int port;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  Api api;
  Fixtures fixtures;
  String doc;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    fixtures = new Fixtures(api);
    doc = fixtures.document();
  }

  @Test
  void aPairOfActorsShowsOnlyTheDevelopmentsNamingBoth() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    String c = fixtures.actor();
    String withB =
        record(Fixtures.partnership(freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2010", doc));
    String withC =
        record(Fixtures.partnership(freshId(), a, c, "PARTNERSHIP", "夥伴關係", "2011", doc));
    String bAndC =
        record(Fixtures.partnership(freshId(), b, c, "PARTNERSHIP", "夥伴關係", "2012", doc));
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(ids(get("/api/timeline?actor=" + a))).containsExactly(withB, withC);
    JsonNode pair = get("/api/timeline?actor=" + a + "&partner=" + b);
    assertThat(ids(pair)).containsExactly(withB);
    assertThat(pair.path("total").asLong()).isEqualTo(1);
    assertThat(ids(get("/api/timeline?actor=" + b + "&partner=" + a))).containsExactly(withB);
    assertThat(ids(get("/api/timeline?actor=" + c + "&partner=" + b))).containsExactly(bAndC);
    assertThat(ids(get("/api/timeline?actor=" + c + "&partner=" + b + "&to=2011"))).isEmpty();
  }

  @Test
  void aYearIsPossiblyButNotCertainlyWithinTheLastQuarterOfItAndADayInItIsBoth() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    String year = record(Fixtures.partnership(freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2013", doc));
    String day =
        record(
            Fixtures.partnership(
                freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-11-05", doc));
    String before =
        record(Fixtures.partnership(freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2013-09", doc));
    Projections.awaitCaughtUp(processing, dataSource);
    String range = "&from=2013-10&to=2013-12";

    assertThat(ids(get("/api/timeline?actor=" + a + range))).containsExactly(year, day);
    assertThat(ids(get("/api/timeline?actor=" + a + range + "&within=possibly")))
        .containsExactly(year, day);
    JsonNode certainly = get("/api/timeline?actor=" + a + range + "&within=certainly");
    assertThat(ids(certainly)).containsExactly(day);
    assertThat(certainly.path("total").asLong()).isEqualTo(1);
    assertThat(ids(get("/api/timeline?actor=" + a + "&from=2013&to=2013&within=certainly")))
        .as("the whole year holds every date in it")
        .containsExactly(year, before, day);

    String everyone = "/api/timeline?text=" + a.toLowerCase(Locale.ROOT) + range;
    assertThat(ids(get(everyone + "&within=certainly")))
        .as("the whole timeline, not one actor's")
        .containsExactly(day);
    assertThat(ids(get(everyone + "&within=POSSIBLY"))).containsExactly(year, day);
  }

  @Test
  void aWayOfBeingWithinThatIsNeitherOrABadPartnerIsRefusedNamingTheParameter() {
    String a = fixtures.actor();
    String b = fixtures.actor();

    assertRefused("/api/timeline?actor=" + a + "&from=2013&within=surely", "within", "surely");
    assertRefused("/api/timeline?actor=" + a + "&partner=not%20a%20code", "partner", "not a code");
    assertRefused("/api/timeline?partner=" + b, "partner", "needs an actor");
    assertRefused("/api/timeline?actor=" + a + "&partner=" + a, "partner", "another actor");
  }

  @Test
  void theTextSearchFindsADevelopmentByItsIdAndByTheIdOfTheAgreementOrProjectItIsAbout() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    String agreement = "agr-" + freshId().substring(0, 8);
    String signed =
        record(
            development(
                "AGREEMENT_SIGNED",
                "2009-12-14",
                List.of(a, b),
                "\"agreementId\":\"" + agreement + "\",\"title\":\"天然氣合作協定\""));
    String ratified =
        record(
            development(
                "AGREEMENT_RATIFIED",
                "2010-03",
                List.of(b),
                "\"agreementId\":\"" + agreement + "\""));
    String project = "prj-" + freshId().substring(0, 8);
    String defined =
        record(
            development(
                "PROJECT_DEFINED",
                "2010",
                List.of(),
                "\"projectId\":\"" + project + "\",\"name\":{\"en\":\"A line\"}"));
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(ids(get("/api/timeline?text=" + agreement))).containsExactly(signed, ratified);
    assertThat(ids(get("/api/timeline?actor=" + b + "&text=" + agreement)))
        .containsExactly(signed, ratified);
    assertThat(ids(get("/api/timeline?text=" + agreement.toUpperCase(Locale.ROOT))))
        .containsExactly(signed, ratified);
    assertThat(ids(get("/api/timeline?text=" + project))).containsExactly(defined);
    assertThat(ids(get("/api/timeline?text=" + ratified))).containsExactly(ratified);
    assertThat(ids(get("/api/timeline?text=%20" + ratified.toUpperCase(Locale.ROOT) + "%20")))
        .containsExactly(ratified);
    assertThat(ids(get("/api/timeline?actor=" + a + "&text=" + signed))).containsExactly(signed);
    assertThat(ids(get("/api/timeline?actor=" + a + "&text=" + ratified)))
        .as("the ratification does not name " + a)
        .isEmpty();
    assertThat(
            ids(
                get(
                    "/api/timeline?actor="
                        + a
                        + "&text="
                        + URLEncoder.encode("天然氣合作", StandardCharsets.UTF_8))))
        .containsExactly(signed);
  }

  private void assertRefused(String path, String field, String message) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
    assertThat(response.json().at("/errors/0/message").asText()).contains(message);
    assertThat(response.json().path("errors")).hasSize(1);
  }

  private String development(String type, String date, List<String> actors, String attributes) {
    return """
        {"id": "%s", "type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
         "summary": {"en": "a development of type %s"},
         "sources": [{"document": "%s", "locator": "¶1"}]}"""
        .formatted(
            freshId(),
            type,
            date,
            String.join(", ", actors.stream().map(x -> "\"" + x + "\"").toList()),
            attributes,
            type,
            doc);
  }

  private String record(String body) {
    Api.Response response = api.post("/api/developments", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private JsonNode get(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
