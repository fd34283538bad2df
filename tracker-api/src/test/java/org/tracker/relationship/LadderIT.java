package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracker.testing.Fixtures.freshId;
import static org.tracker.testing.Fixtures.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/** The partnership ladder as data: a rung registered in the log joins the ladder in use. */
@TrackerIntegrationTest
class LadderIT {

  private static final String RUNG =
      """
      {"type": "PARTNERSHIP_LEVEL_REGISTERED",
       "attributes": {"code": "%s", "rank": %d,
                      "name": {"en": "%s", "zh-Hant": "全面戰略合作夥伴關係",
                               "zh-Hans": "全面战略合作伙伴关系"}}}""";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String a;
  String b;
  String source;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    a = fixtures.actor();
    b = fixtures.actor();
    source = fixtures.document();
  }

  @Test
  void aRungRegisteredBetweenTwoDefaultRungsIsOnTheLadderInUseWithItsRankAndNames() {
    String code = freshRung();
    int rank = freeRankBetween(20, 30);

    Api.Response registered =
        api.post("/api/developments", RUNG.formatted(code, rank, "comprehensive cooperation"));

    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    JsonNode vocabulary = api.get("/api/vocabulary").json();
    List<String> codes = texts(vocabulary.path("partnershipLadder"));
    assertThat(codes.indexOf(code))
        .isGreaterThan(codes.indexOf("STRATEGIC_PARTNERSHIP"))
        .isLessThan(codes.indexOf("COMPREHENSIVE_STRATEGIC_PARTNERSHIP"));
    JsonNode rung = rung(vocabulary, code);
    assertThat(rung.path("rank").asInt()).isEqualTo(rank);
    assertThat(rung.at("/name/zh-Hans").asText()).isEqualTo("全面战略合作伙伴关系");
    assertThat(rung(vocabulary, "STRATEGIC_PARTNERSHIP").at("/name/zh-Hant").asText())
        .isEqualTo("戰略夥伴關係");
  }

  @Test
  void aPartnershipAtARegisteredRungIsComparedByItsRank() {
    String code = freshRung();
    int rank = freeRankBetween(20, 30);
    assertThat(api.post("/api/developments", RUNG.formatted(code, rank, "cooperation")).status())
        .isEqualTo(201);
    record(partnership(freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2010", source));
    record(upgrade(code, "2014"));
    record(upgrade("STRATEGIC_PARTNERSHIP", "2016"));

    JsonNode upgraded = awaitLevel("2015-01-01", code);
    JsonNode notAbove = awaitLevel("2017-01-01", "STRATEGIC_PARTNERSHIP");

    assertThat(upgraded.path("anomalies")).as("an upgrade to a rung above is in order").isEmpty();
    assertThat(upgraded.at("/partnership/levelName/en").asText()).isEqualTo("cooperation");
    assertThat(notAbove.path("anomalies").findValuesAsText("message"))
        .containsExactly(
            "a downgrade to STRATEGIC_PARTNERSHIP from " + code + ", recorded as an upgrade");
    assertThat(notAbove.path("anomalies").findValuesAsText("kind")).containsExactly("DOWNGRADE");
    assertThat(notAbove.at("/partnership/direction").asText()).isEqualTo("DOWN");
  }

  @Test
  void aRungTakingADefaultCodeOrATakenRankIsRefusedNamingTheField() {
    Api.Response defaultCode =
        api.post("/api/developments", RUNG.formatted("STRATEGIC_PARTNERSHIP", 1_234_567, "x"));
    Api.Response takenRank = api.post("/api/developments", RUNG.formatted(freshRung(), 20, "x"));
    Api.Response belowNone = api.post("/api/developments", RUNG.formatted(freshRung(), -5, "x"));

    assertThat(defaultCode.status()).isEqualTo(400);
    assertThat(defaultCode.json().path("errors").findValuesAsText("field"))
        .containsExactly("attributes.code");
    assertThat(takenRank.status()).isEqualTo(400);
    assertThat(takenRank.json().path("errors").findValuesAsText("message"))
        .containsExactly("rank 20 is STRATEGIC_PARTNERSHIP's; every rung has a rank of its own");
    assertThat(belowNone.json().path("errors").findValuesAsText("field"))
        .containsExactly("attributes.rank");
  }

  @Test
  void aRungsNamesCanBeCorrectedKeepingItsCodeAndRank() {
    String code = freshRung();
    int rank = freeRankBetween(30, 40);
    String body = RUNG.formatted(code, rank, "first name");
    String id = api.post("/api/developments", body).json().path("id").asText();

    Api.Response corrected =
        api.post(
            "/api/developments/" + id + "/corrections",
            RUNG.formatted(code, rank, "second name")
                .replaceFirst("\\{", "{\"reason\": \"the official rendering\", "));

    assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
    assertThat(rung(api.get("/api/vocabulary").json(), code).at("/name/en").asText())
        .isEqualTo("second name");
    assertThat(
            jdbc.sql("SELECT rank FROM ladder_rung WHERE code = ?")
                .param(code)
                .query(Integer.class)
                .single())
        .isEqualTo(rank);
  }

  @Test
  void anImportRegisteringARungCanRecordAPartnershipAtItLaterInTheSameFile() {
    String code = freshRung();
    int rank = freeRankBetween(40, 50);
    String file =
        RUNG.formatted(code, rank, "in one file").replace("\n", " ")
            + "\n"
            + partnership(freshId(), a, b, code, "新時代", "2019", source).replace("\n", " ")
            + "\n";

    Api.Response imported = api.post("/api/import", "application/x-ndjson", file);
    Api.Response again = api.post("/api/import", "application/x-ndjson", file);

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("recorded").asInt()).isEqualTo(2);
    assertThat(again.json().path("unchanged").asInt()).as(again.text()).isEqualTo(2);
    assertThat(awaitLevel("2020-01-01", code).at("/partnership/levelName/en").asText())
        .isEqualTo("in one file");
  }

  @Test
  void theVocabularyListsChinasUsualRungsInBothScripts() {
    JsonNode vocabulary = api.get("/api/vocabulary").json();

    assertThat(
            rung(vocabulary, "PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP")
                .at("/name/zh-Hant")
                .asText())
        .isEqualTo("永久全面戰略夥伴關係");
    assertThat(
            rung(vocabulary, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION_NEW_ERA")
                .at("/name/zh-Hans")
                .asText())
        .isEqualTo("新时代全面战略协作伙伴关系");
    assertThat(
            rung(vocabulary, "COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP")
                .at("/name/en")
                .asText())
        .isEqualTo("comprehensive strategic cooperative partnership");
  }

  @Test
  void onlyAnAdminMayRegisterOrCorrectARungThroughTheApiOrAnImport() {
    String code = freshRung();
    int rank = freeRankBetween(10, 20);
    String body = RUNG.formatted(code, rank, "by an analyst");

    Api.Response byAnalyst = api.as("analyst").post("/api/developments", body);
    Api.Response byAuditor = api.as("auditor").post("/api/developments", body);
    Api.Response imported =
        api.as("analyst")
            .post("/api/import", "application/x-ndjson", body.replace("\n", " ") + "\n");
    Api.Response byAdmin = api.post("/api/developments", body);
    String id = byAdmin.json().path("id").asText();
    Api.Response correctedByAnalyst =
        api.as("analyst")
            .post(
                "/api/developments/" + id + "/corrections",
                RUNG.formatted(code, rank, "renamed by an analyst")
                    .replaceFirst("\\{", "{\"reason\": \"a better name\", "));

    for (Api.Response refused : List.of(byAnalyst, byAuditor, imported, correctedByAnalyst)) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().path("detail").asText())
          .contains("only an ADMIN may record, correct or retract a PARTNERSHIP_LEVEL_REGISTERED");
    }
    assertThat(imported.json().path("detail").asText()).startsWith("line 1: ");
    assertThat(byAdmin.status()).as(byAdmin.text()).isEqualTo(201);
    assertThat(rung(api.get("/api/vocabulary").json(), code).at("/name/en").asText())
        .as("the admin's name, not the analyst's correction")
        .isEqualTo("by an analyst");
  }

  @Test
  void aReaffirmationKeepsTheLevelsFirstDateAndIsListedAtAnotherLevelAnAnomaly() {
    record(partnership(freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));
    record(reaffirmation("STRATEGIC_PARTNERSHIP", "2019-06"));
    record(reaffirmation("COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2021"));

    JsonNode view =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> api.get("/api/relationships/" + a + "/" + b + "?asOf=2022-01-01").json(),
                r -> r.at("/partnership/reaffirmed").size() == 2);

    assertThat(view.at("/partnership/level").asText()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(view.at("/partnership/since").asText()).isEqualTo("2013-09");
    assertThat(view.at("/partnership/reaffirmed").findValuesAsText("date"))
        .containsExactly("2019-06", "2021");
    assertThat(view.at("/partnership/reaffirmed/0/certainty").asText()).isEqualTo("CERTAIN");
    assertThat(view.path("anomalies").findValuesAsText("kind"))
        .containsExactly("REAFFIRMATION_LEVEL");
  }

  private String reaffirmation(String level, String date) {
    return partnership(freshId(), a, b, level, "重申", date, source)
        .replace("PARTNERSHIP_ESTABLISHED", "PARTNERSHIP_REAFFIRMED");
  }

  private String upgrade(String level, String date) {
    return partnership(freshId(), a, b, level, "升級", date, source)
        .replace("PARTNERSHIP_ESTABLISHED", "PARTNERSHIP_UPGRADED");
  }

  private void record(String body) {
    Api.Response response = api.post("/api/developments", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
  }

  private JsonNode awaitLevel(String asOf, String level) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> api.get("/api/relationships/" + a + "/" + b + "?asOf=" + asOf).json(),
            r -> level.equals(r.at("/partnership/level").asText()));
  }

  private static String freshRung() {
    return "RUNG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
  }

  /** A rank strictly between two that no rung has yet (tests share one database). */
  private int freeRankBetween(int low, int high) {
    List<Integer> taken = new ArrayList<>();
    api.get("/api/vocabulary")
        .json()
        .path("ladder")
        .forEach(r -> taken.add(r.path("rank").asInt()));
    for (int rank = low + 1; rank < high; rank++) {
      if (!taken.contains(rank)) {
        return rank;
      }
    }
    throw new IllegalStateException("no free rank between " + low + " and " + high);
  }

  private static JsonNode rung(JsonNode vocabulary, String code) {
    for (JsonNode rung : vocabulary.path("ladder")) {
      if (rung.path("code").asText().equals(code)) {
        return rung;
      }
    }
    throw new AssertionError(code + " is not on the ladder: " + vocabulary.path("ladder"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
