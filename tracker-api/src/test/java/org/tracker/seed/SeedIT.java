package org.tracker.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Projections;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * The seed — the 2013 Central Asia article (docs/seed.md) — loaded on the first start of a fresh
 * Tracker, checked through the HTTP API at the places careless extraction goes wrong: dates and
 * their precision, which gas each line carries, membership, proposals that stay proposals,
 * forecasts that stay forecasts; every quote verbatim in the article; every watch item open.
 */
class SeedIT {

  static final String SEED = "/seed/central-asia-2013.ndjson";
  static final String ARTICLE = "/seed/000_10909b195ccbb8c2.txt";
  static final ObjectMapper JSON = new ObjectMapper();

  static TestDatabase database;
  static SecondApp app;
  static Api api;

  @BeforeAll
  static void startOnAnEmptyStore() {
    database = TestDatabase.get().another();
    app = SecondApp.on(database, "--tracker.seed.enabled=true");
    api = app.api();
    Projections.awaitCaughtUp(
        app.bean(EventProcessingConfiguration.class), app.bean(DataSource.class));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  // ------------------------------------------------------------------------------------------
  // the file itself

  @Test
  void everyDevelopmentCitesTheArticleWithAVerbatimQuoteAndBothLanguages() {
    String article = squeeze(resource(ARTICLE));
    List<JsonNode> developments =
        lines().stream().filter(l -> l.has("id") && l.has("sources")).toList();
    assertThat(developments).hasSizeGreaterThanOrEqualTo(40);
    for (JsonNode d : developments) {
      String id = d.path("id").asText();
      assertThat(d.path("summary").path("en").asText()).as(id + " summary.en").isNotBlank();
      assertThat(d.path("summary").path("zh-Hant").asText())
          .as(id + " summary.zh-Hant")
          .isNotBlank();
      assertThat(d.path("sources")).as(id + " sources").isNotEmpty();
      for (JsonNode source : d.path("sources")) {
        assertThat(source.path("document").asText()).isEqualTo("hung-2013-xi-central-asia");
        assertThat(source.path("locator").asText()).as(id + " locator").isNotBlank();
        String quote = source.path("quote").asText();
        assertThat(quote).as(id + " quote").isNotBlank();
        assertThat(article).as(id + " quote verbatim in the article").contains(squeeze(quote));
      }
    }
  }

  @Test
  void everyWatchItemCitesTheArticleVerbatimToo() {
    String article = squeeze(resource(ARTICLE));
    List<JsonNode> items = lines().stream().filter(l -> l.has("watchItem")).toList();
    assertThat(items).hasSizeGreaterThanOrEqualTo(8);
    for (JsonNode item : items) {
      for (JsonNode source : item.path("sources")) {
        assertThat(article)
            .as(item.path("watchItem").asText() + " quote")
            .contains(squeeze(source.path("quote").asText()));
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // loading

  @Test
  void theSeedIsInTheStoreAndLoadingItAgainAddsNothing() {
    long events = events();
    assertThat(events).isGreaterThan(50);

    Api.Response again = api.post("/api/import", "application/x-ndjson", resource(SEED));

    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().path("recorded").asLong()).isZero();
    assertThat(events()).isEqualTo(events);
    try (SecondApp restarted = SecondApp.on(database, "--tracker.seed.enabled=true")) {
      assertThat(restarted.api().get("/actuator/health").status()).isEqualTo(200);
    }
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void theSettingTurnsTheSeedOff() {
    TestDatabase empty = TestDatabase.get().another();
    try (SecondApp off = SecondApp.on(empty, "--tracker.seed.enabled=false")) {
      assertThat(
              JdbcClient.create(off.bean(DataSource.class))
                  .sql("SELECT count(*) FROM domain_event_entry")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  // ------------------------------------------------------------------------------------------
  // what it says, through the API

  @Test
  void partnershipsWithTheFiveStatesStartWhenTheArticleSays() {
    // state, last day without, a day inside the (partial) date, first day certain
    partnership("KAZ", "2004-12-31", "2005-06-15", "2006-01-01");
    partnership("UZB", "2012-05-31", "2012-06-15", "2012-07-01");
    partnership("TJK", "2013-04-30", "2013-05-15", "2013-06-01");
    partnership("TKM", "2013-08-31", "2013-09-15", "2013-10-01");
    partnership("KGZ", "2013-08-31", "2013-09-15", "2013-10-01");
  }

  private void partnership(String state, String before, String during, String after) {
    JsonNode none = relationship("CHN", state, before);
    assertThat(absent(none.path("partnership"))).as(state + " before " + before).isTrue();

    JsonNode possible = relationship(state, "CHN", during).path("partnership");
    assertThat(possible.path("level").asText()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(possible.path("certainty").asText())
        .as(state + " on " + during)
        .isEqualTo("POSSIBLE");

    JsonNode certain = relationship("CHN", state, after).path("partnership");
    assertThat(certain.path("level").asText()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(certain.path("label").asText()).isEqualTo("戰略夥伴關係");
    assertThat(certain.path("certainty").asText()).as(state + " on " + after).isEqualTo("CERTAIN");
  }

  @Test
  void xiMetRahmonInBishkekOnTheTwelfthOfSeptember() {
    JsonNode contact = relationship("CHN", "TJK", "2013-09-12").path("lastContact");
    assertThat(contact.path("type").asText()).isEqualTo("MEETING");
    assertThat(contact.path("date").asText()).isEqualTo("2013-09-12");
    assertThat(contact.path("certainty").asText()).isEqualTo("CERTAIN");
  }

  @Test
  void linesAAndBCarryTurkmenGasAndLineCUzbekGasWhileLineDIsNotSaid() {
    assertThat(project(LINE_A, "2013-10-01").path("origin").asText()).isEqualTo("TKM");
    assertThat(project(LINE_B, "2013-10-01").path("origin").asText()).isEqualTo("TKM");
    assertThat(project(LINE_C, "2013-10-01").path("origin").asText()).isEqualTo("UZB");
    assertThat(absent(project(LINE_D, "2013-10-01").path("origin"))).isTrue();
    JsonNode pipeline = project(PIPELINE, "2013-10-01");
    assertThat(texts(pipeline.path("children"))).contains(LINE_A, LINE_B, LINE_C, LINE_D);
    assertThat(pipeline.path("carries").asText()).containsIgnoringCase("gas");
  }

  @Test
  void theScoHasSixFullMembersAndTurkmenistanIsNotOne() {
    JsonNode sco = api.get("/api/organizations/SCO?asOf=2013-10-01").json();
    List<String> members = new ArrayList<>();
    sco.path("members")
        .forEach(
            m -> {
              assertThat(m.path("status").asText()).isEqualTo("FULL");
              members.add(m.path("actor").asText());
            });
    assertThat(members).containsExactlyInAnyOrder("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB");
    assertThat(texts(sco.path("summits"), "date")).contains("2013-09");
  }

  @Test
  void chinasPartnersAreStatesAndItsForeignMinisterIsNotOneOfThem() {
    List<String> states = partners("CHN", "");
    List<String> all = partners("CHN", "&kind=all");

    assertThat(states).contains("KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "USA");
    assertThat(states).doesNotContain("WANG-YI", "SCO");
    assertThat(all).contains("SCO", "KAZ").doesNotContain("WANG-YI");
    assertThat(partners("WANG-YI", "&kind=all"))
        .as("what the foreign minister said in 2013 is China's, not said to China")
        .contains("TKM")
        .doesNotContain("CHN");
  }

  @Test
  void kazakhstanSharesTheScoWithChinaAndTurkmenistanDoesNot() {
    JsonNode kazakhstan = api.get("/api/actors/KAZ/memberships?asOf=2014-01-01").json();
    assertThat(texts(kazakhstan.path("memberships"), "organization")).containsExactly("SCO");
    assertThat(kazakhstan.at("/memberships/0/status").asText()).isEqualTo("FULL");
    assertThat(kazakhstan.at("/memberships/0/since").asText()).isEqualTo("2001");
    assertThat(api.get("/api/actors/TKM/memberships?asOf=2014-01-01").json().path("memberships"))
        .isEmpty();

    JsonNode shared = relationship("CHN", "KAZ", "2014-01-01").path("sharedMemberships");
    assertThat(texts(shared, "organization")).containsExactly("SCO");
    assertThat(texts(shared.path(0).path("members"), "status")).containsExactly("FULL", "FULL");
    assertThat(relationship("CHN", "TKM", "2014-01-01").path("sharedMemberships")).isEmpty();
  }

  private static List<String> partners(String actor, String parameters) {
    Api.Response response =
        api.get("/api/relationships?actor=" + actor + "&asOf=2013-12-31" + parameters);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    List<String> partners = new ArrayList<>();
    response
        .json()
        .path("relationships")
        .forEach(
            r ->
                r.path("actors")
                    .forEach(
                        a -> {
                          if (!a.asText().equals(actor)) {
                            partners.add(a.asText());
                          }
                        }));
    return partners;
  }

  @Test
  void theScoTreatyBindsEveryPairOfMembersFromSeptember2013() {
    JsonNode inForce = relationship("KAZ", "KGZ", "2013-10-01").path("agreementsInForce");
    assertThat(texts(inForce, "title")).containsExactly("上海合作組織成員國長期睦鄰友好合作條約");
    assertThat(relationship("KAZ", "KGZ", "2013-08-31").path("agreementsInForce")).isEmpty();
    assertThat(relationship("CHN", "TKM", "2013-10-01").path("agreementsInForce").toString())
        .doesNotContain("睦鄰友好合作條約");
  }

  @Test
  void theLineDAgreementsSignedInSeptember2013AreSignedButNotYetInForce() {
    JsonNode turkmenistan = relationship("CHN", "TKM", "2013-10-01");
    JsonNode russia = relationship("CHN", "RUS", "2013-10-01");

    assertThat(texts(turkmenistan.path("agreementsPending"), "id"))
        .containsExactly("chn-tkm-2013-line-d-agreement");
    assertThat(texts(turkmenistan.path("agreementsPending"), "state")).containsExactly("SIGNED");
    assertThat(texts(turkmenistan.at("/agreementsPending/0/parties"), "status"))
        .containsExactly("SIGNATORY", "SIGNATORY");
    assertThat(texts(russia.path("agreementsPending"), "id"))
        .containsExactly("chn-rus-2006-siberian-gas-agreement");
    assertThat(relationship("CHN", "TKM", "2013-08-31").path("agreementsPending")).isEmpty();
  }

  @Test
  void proposalsAreOnlyProposals() {
    JsonNode proposals = api.get("/api/proposals?asOf=2015-01-01").json().path("proposals");
    assertThat(proposals.size()).isGreaterThanOrEqualTo(4);
    Set<String> ids = new HashSet<>();
    proposals.forEach(
        p -> {
          ids.add(p.path("id").asText());
          assertThat(p.path("status").asText()).as(p.path("id").asText()).isEqualTo("PROPOSED");
        });
    assertThat(ids).contains(SCO_BANK, SILK_ROAD_BELT);
  }

  @Test
  void forecastsArePlannedNotActualAndOverdueOnceTheirDatePasses() {
    JsonNode section = project(LINE_C_KAZ, "2013-10-01");
    assertThat(absent(section.path("status"))).isTrue();
    assertThat(section.path("milestones")).isNotEmpty();
    section
        .path("milestones")
        .forEach(
            m -> {
              assertThat(m.path("status").asText()).isEqualTo("PLANNED");
              assertThat(m.path("overdue").asBoolean()).isFalse();
            });
    JsonNode later = project(LINE_C_KAZ, "2015-06-01");
    assertThat(later.path("milestones"))
        .allSatisfy(m -> assertThat(m.path("overdue").asBoolean()).isTrue());
  }

  @Test
  void gasFlowedFromDecember2009() {
    JsonNode pipeline = project(PIPELINE, "2009-12-15");
    assertThat(pipeline.path("status").asText()).isEqualTo("OPERATIONAL");
    assertThat(pipeline.path("statusCertainty").asText()).isEqualTo("POSSIBLE");
    assertThat(project(PIPELINE, "2010-01-01").path("statusCertainty").asText())
        .isEqualTo("CERTAIN");
    assertThat(absent(project(PIPELINE, "2009-11-30").path("status"))).isTrue();
  }

  @Test
  void chineseTextSearchFindsTheArticlesWords() {
    JsonNode gas = api.get("/api/timeline?text=天然氣&size=100").json();
    assertThat(gas.path("total").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode sco = api.get("/api/timeline?text=上海合作組織&size=100").json();
    assertThat(sco.path("total").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void everyWatchItemIsOpenWithItsSubjectsIncludingTheTwoTheArticleEndsWith() {
    JsonNode items = api.get("/api/watch-items").json().path("items");
    assertThat(items.size())
        .isEqualTo((int) lines().stream().filter(l -> l.has("watchItem")).count());
    items.forEach(
        item -> {
          assertThat(item.path("status").asText()).isEqualTo("OPEN");
          assertThat(item.path("subjects")).as(item.path("id").asText()).isNotEmpty();
          assertThat(item.path("resolvesWhen").isMissingNode()).isFalse();
          assertThat(item.path("reviewBy").asText()).isNotBlank();
        });
    assertThat(texts(items, "id")).contains(WATCH_CURRENCY, WATCH_SECURITY_CENTRE);
  }

  @Test
  void everyWatchItemIsOpenedOnTheArticlesDateAndNotBefore() {
    String published = article().path("published").asText();
    assertThat(published).isEqualTo("2013");
    JsonNode items = api.get("/api/watch-items").json().path("items");
    assertThat(items).isNotEmpty();
    items.forEach(
        item ->
            assertThat(item.path("openedOn").asText())
                .as(item.path("id").asText())
                .isEqualTo(published));

    assertThat(api.get("/api/watch-items?asOf=2012-12-31").json().path("items")).isEmpty();
    JsonNode early2014 = api.get("/api/watch-items?asOf=2014-01-01").json().path("items");
    assertThat(early2014).hasSameSizeAs(items);
    early2014.forEach(
        item -> {
          assertThat(item.path("status").asText()).isEqualTo("OPEN");
          assertThat(item.path("certainty").asText()).isEqualTo("CERTAIN");
          assertThat(item.path("overdue").asBoolean()).isFalse();
        });
    assertThat(
            texts(
                api.get("/api/watch-items?overdue=true&asOf=2015-01-01").json().path("items"),
                "id"))
        .contains(WATCH_SCO_BANK)
        .doesNotContain("watch-afghanistan-2014-issue"); // reviewed by 2015
  }

  @Test
  void theArticleIsARegisteredDocumentAndPeopleHaveBothNames() {
    JsonNode xi = api.get("/api/actors/XI-JINPING").json();
    assertThat(xi.path("name").path("zh-Hant").asText()).isEqualTo("習近平");
    assertThat(xi.path("name").path("en").asText()).isEqualTo("Xi Jinping");
    JsonNode document = article();
    assertThat(document.path("author").asText()).isEqualTo("洪美蘭");
    assertThat(document.path("title").asText()).isEqualTo("2013習近平中亞行簡析");
    assertThat(document.path("language").asText()).isEqualTo("zh-Hant");
  }

  // ------------------------------------------------------------------------------------------

  static final String PIPELINE = "central-asia-china-gas-pipeline";
  static final String LINE_A = "line-a";
  static final String LINE_B = "line-b";
  static final String LINE_C = "line-c";
  static final String LINE_D = "line-d";
  static final String LINE_C_KAZ = "line-c-kazakhstan-section";
  static final String SCO_BANK = "sco-development-bank";
  static final String SILK_ROAD_BELT = "silk-road-economic-belt";
  static final String WATCH_CURRENCY = "watch-currency-settlement";
  static final String WATCH_SECURITY_CENTRE = "watch-security-centre";
  static final String WATCH_SCO_BANK = "watch-sco-development-bank";

  /** The article's registration in the seed file: its id, title, author, publication date. */
  private static JsonNode article() {
    return lines().stream()
        .filter(l -> "DOCUMENT_REGISTERED".equals(l.path("type").asText()))
        .findFirst()
        .orElseThrow()
        .path("attributes");
  }

  /** The API leaves null fields out. */
  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static JsonNode relationship(String a, String b, String asOf) {
    Api.Response response = api.get("/api/relationships/" + a + "/" + b + "?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode project(String id, String asOf) {
    Api.Response response = api.get("/api/projects/" + id + "?asOf=" + asOf);
    assertThat(response.status()).as(id + ": " + response.text()).isEqualTo(200);
    return response.json();
  }

  private long events() {
    return JdbcClient.create(app.bean(DataSource.class))
        .sql("SELECT count(*) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }

  private static List<JsonNode> lines() {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : resource(SEED).split("\n")) {
      try {
        lines.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.path(field).asText()));
    return texts;
  }

  /** The text without whitespace: the article's lines wrap mid-sentence. */
  private static String squeeze(String text) {
    return text.replaceAll("(?U)\\s+", "");
  }

  private static String resource(String name) {
    try (InputStream in = SeedIT.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
