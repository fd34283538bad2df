package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshCode;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/** The projections' time semantics, through HTTP: asOf, knownAt, certainty, lineage, rebuilds. */
@TrackerIntegrationTest
class TimeTravelIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired javax.sql.DataSource dataSource;

  Api api;
  String doc;
  String chn;
  String kaz;
  String kgz;
  String sco;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    doc = "doc-" + freshId().substring(0, 8);
    chn = freshCode();
    kaz = freshCode();
    kgz = freshCode();
    sco = freshCode();
    record(
        "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\""
            + doc
            + "\",\"title\":\"習近平中亞行\",\"language\":\"zh-Hant\"}}");
    for (String code : List.of(chn, kaz, kgz, sco)) {
      record(
          "{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\""
              + code
              + "\",\"kind\":\"ORGANIZATION\",\"name\":{\"en\":\""
              + code
              + "\",\"zh-Hant\":\""
              + code
              + "\"}}}");
    }
  }

  @Test
  void aYearPrecisionFactIsPossibleDuringTheYearAndCertainAfter() {
    String id =
        development(
            "PARTNERSHIP_ESTABLISHED",
            "2005",
            List.of(chn, kaz),
            "\"level\":\"PARTNERSHIP\",\"label\":\"夥伴關係\"");
    awaitFacts();

    assertThat(relationship(chn, kaz, "2004-12-31").path("partnership").isMissingNode()).isTrue();
    assertThat(relationship(chn, kaz, "2005-06-30").at("/partnership/certainty").asText())
        .isEqualTo("POSSIBLE");
    assertThat(relationship(chn, kaz, "2005-12-31").at("/partnership/certainty").asText())
        .isEqualTo("CERTAIN");
    assertThat(relationship(chn, kaz, "2005-12-31").path("basis").toString()).contains(id);
  }

  @Test
  void anAgreementEndingOnADayIsNotInForceThatDayAndTheNextPhaseLeavesNoGap() {
    String agreement = "agr-" + freshId().substring(0, 8);
    development(
        "AGREEMENT_SIGNED",
        "2009-12-14",
        List.of(chn, kaz),
        "\"agreementId\":\""
            + agreement
            + "\",\"title\":\"天然氣合作協定\",\"obligations\":[\"SUPPLY\",\"TRANSIT\"]");
    development(
        "AGREEMENT_ENTERED_INTO_FORCE",
        "2010-01-01",
        List.of(),
        "\"agreementId\":\"" + agreement + "\"");
    development(
        "AGREEMENT_TERMINATED", "2015-06-30", List.of(), "\"agreementId\":\"" + agreement + "\"");
    awaitFacts();

    JsonNode dayBefore = relationship(chn, kaz, "2015-06-29");
    JsonNode endDay = relationship(chn, kaz, "2015-06-30");
    JsonNode agreementOnEndDay =
        api.get("/api/agreements/" + agreement + "?asOf=2015-06-30").json();
    JsonNode agreementBefore = api.get("/api/agreements/" + agreement + "?asOf=2015-06-29").json();

    assertThat(dayBefore.path("agreementsInForce")).hasSize(1);
    assertThat(dayBefore.at("/agreementsInForce/0/obligations").toString())
        .contains("SUPPLY", "TRANSIT");
    assertThat(dayBefore.at("/agreementsInForce/0/since").asText()).isEqualTo("2010-01-01");
    assertThat(endDay.path("agreementsInForce")).isEmpty();
    assertThat(agreementBefore.path("state").asText()).isEqualTo("IN_FORCE");
    assertThat(agreementOnEndDay.path("state").asText()).isEqualTo("TERMINATED");
    assertThat(api.get("/api/agreements/" + agreement + "?asOf=2009-12-13").status())
        .isEqualTo(404);
  }

  @Test
  void aMembershipThatChangesStatusTwiceHasOneStatusEachDay() {
    development(
        "ORGANIZATION_FOUNDED",
        "2001-06-15",
        List.of(chn, kaz),
        "\"organization\":\"" + sco + "\"");
    development(
        "MEMBERSHIP_CHANGED",
        "2004-06",
        List.of(kgz),
        "\"organization\":\"" + sco + "\",\"status\":\"OBSERVER\"");
    development(
        "MEMBERSHIP_CHANGED",
        "2012-06-07",
        List.of(kgz),
        "\"organization\":\"" + sco + "\",\"status\":\"FULL\"");
    awaitFacts();

    assertThat(member(sco, kgz, "2004-05-31")).isNull();
    assertThat(member(sco, kgz, "2004-06-15").path("status").asText()).isEqualTo("OBSERVER");
    assertThat(member(sco, kgz, "2004-06-15").path("certainty").asText()).isEqualTo("POSSIBLE");
    assertThat(member(sco, kgz, "2012-06-06").path("status").asText()).isEqualTo("OBSERVER");
    assertThat(member(sco, kgz, "2012-06-07").path("status").asText()).isEqualTo("FULL");
    assertThat(member(sco, kgz, "2012-06-07").path("since").asText()).isEqualTo("2012-06-07");
    assertThat(member(sco, chn, "2012-06-07").path("status").asText()).isEqualTo("FULL");
  }

  @Test
  void aRetractionIsHiddenNowButVisibleKnownAtBeforeIt() {
    String id =
        development(
            "PARTNERSHIP_ESTABLISHED",
            "2013-09",
            List.of(chn, kgz),
            "\"level\":\"STRATEGIC_PARTNERSHIP\",\"label\":\"戰略夥伴關係\"");
    awaitFacts();
    Instant before = Instant.now();
    assertThat(
            api.post("/api/developments/" + id + "/retraction", "{\"reason\":\"misread\"}")
                .status())
        .isEqualTo(201);
    awaitFacts();

    assertThat(relationship(chn, kgz, "2014-01-01").path("partnership").isMissingNode()).isTrue();
    JsonNode then =
        api.get("/api/relationships/" + chn + "/" + kgz + "?asOf=2014-01-01&knownAt=" + before)
            .json();
    assertThat(then.at("/partnership/level").asText()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(then.path("knownAt").asText()).isNotEmpty();
  }

  @Test
  void aCorrectionIsSeenNowAndTheOriginalKnownAtBeforeIt() {
    String id =
        development(
            "PARTNERSHIP_ESTABLISHED",
            "2013-09",
            List.of(kaz, kgz),
            "\"level\":\"STRATEGIC_PARTNERSHIP\",\"label\":\"戰略夥伴關係\"");
    awaitFacts();
    Instant before = Instant.now();
    api.post(
        "/api/developments/" + id + "/corrections",
        "{\"reason\":\"the communiqué\",\"type\":\"PARTNERSHIP_ESTABLISHED\",\"date\":\"2013-09-07\","
            + "\"actors\":[\""
            + kaz
            + "\",\""
            + kgz
            + "\"],\"attributes\":{\"level\":\"COMPREHENSIVE_STRATEGIC_PARTNERSHIP\","
            + "\"label\":\"全面戰略夥伴關係\"},\"summary\":{\"en\":\"corrected\"},\"sources\":[{\"document\":\""
            + doc
            + "\",\"locator\":\"¶1\"}]}");
    awaitFacts();

    assertThat(relationship(kaz, kgz, "2014-01-01").at("/partnership/level").asText())
        .isEqualTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
    assertThat(
            api.get("/api/relationships/" + kaz + "/" + kgz + "?asOf=2014-01-01&knownAt=" + before)
                .json()
                .at("/partnership/level")
                .asText())
        .isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(relationship(kaz, kgz, "2013-09-07").at("/partnership/certainty").asText())
        .isEqualTo("CERTAIN");
  }

  @Test
  void anUpgradeThatIsNotAboveTheLevelBeforeIsAnAnomaly() {
    development(
        "PARTNERSHIP_ESTABLISHED",
        "2013-09",
        List.of(chn, sco),
        "\"level\":\"STRATEGIC_PARTNERSHIP\",\"label\":\"戰略夥伴關係\"");
    String upgrade =
        development(
            "PARTNERSHIP_UPGRADED",
            "2012",
            List.of(chn, sco),
            "\"level\":\"PARTNERSHIP\",\"label\":\"夥伴關係\"");
    awaitFacts();

    JsonNode now = relationship(chn, sco, "2020-01-01");

    assertThat(now.at("/partnership/level").asText()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(now.path("anomalies").toString()).doesNotContain(upgrade);
    assertThat(now.path("anomalies")).hasSize(1);
    assertThat(now.at("/anomalies/0/message").asText()).contains("while already at PARTNERSHIP");
  }

  @Test
  void projectsShowActualAndPlannedMilestonesAndFlagOverdueForecasts() {
    String pipeline = "pipe-" + freshId().substring(0, 8);
    String lineD = pipeline + "-d";
    development(
        "PROJECT_DEFINED",
        "2009",
        List.of(chn),
        "\"projectId\":\""
            + pipeline
            + "\",\"name\":{\"en\":\"Central Asia–China gas pipeline\",\"zh-Hant\":\"中亞天然氣管道\"},\"kind\":\"pipeline\"");
    development(
        "PROJECT_DEFINED",
        "2013-09",
        List.of(chn),
        "\"projectId\":\""
            + lineD
            + "\",\"parent\":\""
            + pipeline
            + "\",\"name\":{\"en\":\"Line D\",\"zh-Hant\":\"D線\"}");
    development(
        "PROJECT_MILESTONE",
        "2009-12",
        List.of(),
        "\"projectId\":\"" + pipeline + "\",\"milestone\":\"OPERATIONAL\",\"status\":\"ACTUAL\"");
    development(
        "PROJECT_MILESTONE",
        "2013-09",
        List.of(),
        "\"projectId\":\""
            + lineD
            + "\",\"milestone\":\"COMPLETED\",\"status\":\"PLANNED\",\"expected\":\"2016\"");
    development(
        "PROJECT_QUANTITY_REPORTED",
        "2013",
        List.of(),
        "\"projectId\":\""
            + pipeline
            + "\",\"quantity\":\"capacity\",\"value\":55,\"unit\":\"bcm/year\"");
    awaitFacts();

    JsonNode pipe = api.get("/api/projects/" + pipeline + "?asOf=2014-01-01").json();
    JsonNode line = api.get("/api/projects/" + lineD + "?asOf=2017-01-01").json();

    assertThat(pipe.path("status").asText()).isEqualTo("OPERATIONAL");
    assertThat(pipe.path("children").toString()).contains(lineD);
    assertThat(pipe.at("/quantities/0/value").asInt()).isEqualTo(55);
    assertThat(pipe.at("/quantities/0/unit").asText()).isEqualTo("bcm/year");
    assertThat(line.path("status").isMissingNode() || line.path("status").isNull()).isTrue();
    assertThat(line.at("/milestones/0/status").asText()).isEqualTo("PLANNED");
    assertThat(line.at("/milestones/0/overdue").asBoolean()).isTrue();
    assertThat(
            api.get("/api/projects/" + lineD + "?asOf=2015-01-01")
                .json()
                .at("/milestones/0/overdue")
                .asBoolean())
        .isFalse();
  }

  @Test
  void aLineRedefinedUnderAnotherPipelineMovesToItFromTheDayOfItsNewDefinition() {
    String first = "pipe-" + freshId().substring(0, 8);
    String second = "pipe-" + freshId().substring(0, 8);
    String line = first + "-c";
    for (String pipeline : List.of(first, second)) {
      development(
          "PROJECT_DEFINED",
          "2009",
          List.of(chn),
          "\"projectId\":\"" + pipeline + "\",\"name\":{\"en\":\"" + pipeline + "\"}");
    }
    development(
        "PROJECT_DEFINED",
        "2010",
        List.of(chn),
        "\"projectId\":\"" + line + "\",\"parent\":\"" + first + "\",\"name\":{\"en\":\"Line C\"}");
    development(
        "PROJECT_DEFINED",
        "2015-06",
        List.of(chn),
        "\"projectId\":\""
            + line
            + "\",\"parent\":\""
            + second
            + "\",\"name\":{\"en\":\"Line C\"}");
    awaitFacts();

    assertThat(children(first, "2014-01-01")).containsExactly(line);
    assertThat(children(second, "2014-01-01")).isEmpty();
    assertThat(children(first, "2016-01-01")).isEmpty();
    assertThat(children(second, "2016-01-01")).containsExactly(line);
  }

  private List<String> children(String project, String asOf) {
    List<String> ids = new java.util.ArrayList<>();
    api.get("/api/projects/" + project + "?asOf=" + asOf)
        .json()
        .path("children")
        .forEach(c -> ids.add(c.asText()));
    return ids;
  }

  @Test
  void proposalsStayProposalsUntilRealised() {
    String bank = "prop-" + freshId().substring(0, 8);
    development(
        "PROPOSAL_MADE",
        "2013-09-13",
        List.of(chn),
        "\"proposalId\":\""
            + bank
            + "\",\"title\":\"上海合作組織開發銀行\",\"titleEn\":\"SCO development bank\"");
    development("PROPOSAL_ENDORSED", "2013-09-13", List.of(kaz), "\"proposalId\":\"" + bank + "\"");
    awaitFacts();

    JsonNode proposal = proposal(bank, "2020-01-01");

    assertThat(proposal.path("status").asText()).isEqualTo("ENDORSED");
    assertThat(proposal.path("history")).hasSize(2);
    assertThat(proposal(bank, "2013-09-12")).isNull();
  }

  @Test
  void theTimelineFindsChineseSubstringsAndPagesStably() {
    String marker = "天然氣管道" + freshId().substring(0, 4);
    for (int i = 1; i <= 5; i++) {
      development(
          "STATEMENT", "2013-09-0" + i, List.of(kgz), "\"topic\":\"gas\"", marker + " 第" + i + "段");
    }
    development("STATEMENT", "2013-09-06", List.of(kgz), "\"topic\":\"other\"", "上海合作組織峰會");
    awaitFacts();

    JsonNode first = api.get("/api/timeline?text=" + marker + "&size=2&page=0").json();
    JsonNode second = api.get("/api/timeline?text=" + marker + "&size=2&page=1").json();
    JsonNode byActorAndRange =
        api.get("/api/timeline?actor=" + kgz + "&from=2013-09-02&to=2013-09-03").json();

    assertThat(first.path("total").asLong()).isEqualTo(5);
    assertThat(first.at("/items/0/date").asText()).isEqualTo("2013-09-01");
    assertThat(second.at("/items/0/date").asText()).isEqualTo("2013-09-03");
    assertThat(byActorAndRange.path("total").asLong()).isEqualTo(2);
    assertThat(api.get("/api/timeline?actor=" + kgz + "&text=上海合作組織").json().path("total").asLong())
        .isEqualTo(1);
    assertThat(api.get("/api/timeline?from=2013-13").status()).isEqualTo(400);
    assertThat(api.get("/api/timeline?size=1000").json().path("errors").findValuesAsText("field"))
        .containsExactly("size");
  }

  @Test
  void anActorsRelationshipsAreListedInOneCall() {
    development(
        "PARTNERSHIP_ESTABLISHED",
        "2013-09",
        List.of(sco, kaz),
        "\"level\":\"PARTNERSHIP\",\"label\":\"夥伴\"");
    development("VISIT", "2013-09-07", List.of(sco, kgz), "\"level\":\"STATE\"");
    awaitFacts();

    JsonNode list =
        api.get("/api/relationships?actor=" + sco + "&asOf=2014-01-01&kind=ORGANIZATION").json();

    assertThat(list.path("relationships")).hasSize(2);
    assertThat(list.toString()).contains(kaz, kgz);
    JsonNode visit = api.get("/api/relationships/" + kgz + "/" + sco + "?asOf=2014-01-01").json();
    assertThat(visit.at("/lastContact/type").asText()).isEqualTo("VISIT");
    assertThat(visit.at("/counts/VISIT").asInt()).isEqualTo(1);
  }

  @Test
  void anActorsProfileHasBothNamesAndCountsAsOfADay() {
    development("VISIT", "2013-09-07", List.of(kgz, chn), "\"level\":\"STATE\"");
    development("MEETING", "2015", List.of(kgz, kaz), "");
    awaitFacts();

    JsonNode then = api.get("/api/actors/" + kgz + "?asOf=2014-01-01").json();
    JsonNode now = api.get("/api/actors/" + kgz).json();

    assertThat(then.at("/name/zh-Hant").asText()).isEqualTo(kgz);
    assertThat(then.at("/developments/VISIT").asLong()).isEqualTo(1);
    assertThat(then.at("/developments/MEETING").isMissingNode()).isTrue();
    assertThat(now.at("/developments/MEETING").asLong()).isEqualTo(1);
    assertThat(api.get("/api/actors/NOBODY-1").status()).isEqualTo(404);
  }

  @Test
  void rebuildingTheFactsFromTheLogGivesTheSameAnswers() {
    development(
        "PARTNERSHIP_ESTABLISHED",
        "2013-09",
        List.of(chn, kgz),
        "\"level\":\"STRATEGIC_PARTNERSHIP\",\"label\":\"戰略\"");
    development(
        "MEMBERSHIP_CHANGED",
        "2004-06",
        List.of(kgz),
        "\"organization\":\"" + sco + "\",\"status\":\"OBSERVER\"");
    awaitFacts();
    String relationship = relationship(chn, kgz, "2014-01-01").toString();
    String organization = api.get("/api/organizations/" + sco + "?asOf=2014-01-01").text();
    String timeline = api.get("/api/timeline?actor=" + kgz).text();

    StreamingEventProcessor facts =
        processing.eventProcessor("facts", StreamingEventProcessor.class).orElseThrow();
    facts.shutDown();
    facts.resetTokens();
    facts.start();
    awaitFacts();

    assertThat(relationship(chn, kgz, "2014-01-01").toString()).isEqualTo(relationship);
    assertThat(api.get("/api/organizations/" + sco + "?asOf=2014-01-01").text())
        .isEqualTo(organization);
    assertThat(api.get("/api/timeline?actor=" + kgz).text()).isEqualTo(timeline);
  }

  // ------------------------------------------------------------------------------------------

  private void record(String body) {
    Api.Response response = api.post("/api/developments", body);
    assertThat(response.status()).as(response.text()).isIn(200, 201);
  }

  private String development(String type, String date, List<String> actors, String attributes) {
    return development(type, date, actors, attributes, type + " " + date);
  }

  private String development(
      String type, String date, List<String> actors, String attributes, String summaryZh) {
    String id = freshId();
    String actorList = actors.isEmpty() ? "" : "\"" + String.join("\",\"", actors) + "\"";
    record(
        "{\"id\":\""
            + id
            + "\",\"type\":\""
            + type
            + "\",\"date\":\""
            + date
            + "\",\"actors\":["
            + actorList
            + "],\"attributes\":{"
            + attributes
            + "},\"summary\":{\"en\":\""
            + type
            + "\",\"zh-Hant\":\""
            + summaryZh
            + "\"},\"sources\":[{\"document\":\""
            + doc
            + "\",\"locator\":\"¶1\",\"quote\":\""
            + summaryZh
            + "\"}]}");
    return id;
  }

  private JsonNode relationship(String a, String b, String asOf) {
    Api.Response response = api.get("/api/relationships/" + a + "/" + b + "?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private JsonNode member(String organization, String actor, String asOf) {
    for (JsonNode m :
        api.get("/api/organizations/" + organization + "?asOf=" + asOf).json().path("members")) {
      if (m.path("actor").asText().equals(actor)) {
        return m;
      }
    }
    return null;
  }

  private JsonNode proposal(String id, String asOf) {
    for (JsonNode p : api.get("/api/proposals?asOf=" + asOf).json().path("proposals")) {
      if (p.path("id").asText().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private void awaitFacts() {
    Projections.awaitCaughtUp(processing, dataSource);
  }
}
