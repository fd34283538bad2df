package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracker.testing.Fixtures.freshId;
import static org.tracker.testing.Fixtures.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class RelationshipProjectionIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String china;
  String turkmenistan;
  String source;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    china = fixtures.actor();
    turkmenistan = fixtures.actor();
    source = fixtures.document();
  }

  @Test
  void aRecordedPartnershipIsTheRelationshipsCurrentStateInEitherOrder() {
    String id = freshId();
    record(
        partnership(id, china, turkmenistan, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));

    JsonNode relationship =
        awaitPartnership(turkmenistan, china, "2026-01-01", "STRATEGIC_PARTNERSHIP");

    assertThat(relationship.at("/partnership/label").asText()).isEqualTo("戰略夥伴關係");
    assertThat(relationship.at("/partnership/since").asText()).isEqualTo("2013-09");
    assertThat(relationship.at("/partnership/certainty").asText()).isEqualTo("CERTAIN");
    assertThat(relationship.path("basis").get(0).asText()).isEqualTo(id);
    assertThat(
            api.get("/api/relationships/" + china + "/" + turkmenistan).json().path("partnership"))
        .isEqualTo(relationship.path("partnership"));
  }

  @Test
  void aMonthPrecisionPartnershipIsPossibleMidMonthAndAbsentBefore() {
    record(
        partnership(
            freshId(), china, turkmenistan, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));
    awaitPartnership(china, turkmenistan, "2013-09-30", "STRATEGIC_PARTNERSHIP");

    JsonNode midMonth = relationship(china, turkmenistan, "2013-09-15");
    JsonNode before = relationship(china, turkmenistan, "2013-08-31");

    assertThat(midMonth.at("/partnership/certainty").asText()).isEqualTo("POSSIBLE");
    assertThat(before.path("partnership").isMissingNode() || before.path("partnership").isNull())
        .isTrue();
    assertThat(before.path("basis")).isEmpty();
  }

  @Test
  void aBackfilledEarlierPartnershipDoesNotHideTheLaterOne() {
    record(
        partnership(
            freshId(), china, turkmenistan, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));
    awaitPartnership(china, turkmenistan, "2020-01-01", "STRATEGIC_PARTNERSHIP");

    record(partnership(freshId(), china, turkmenistan, "PARTNERSHIP", "友好合作夥伴關係", "2005", source));

    awaitPartnership(china, turkmenistan, "2010-01-01", "PARTNERSHIP");
    assertThat(relationship(china, turkmenistan, "2020-01-01").at("/partnership/level").asText())
        .isEqualTo("STRATEGIC_PARTNERSHIP");
  }

  @Test
  void theProcessorsTokenIsStoredBesideItsRows() {
    record(partnership(freshId(), china, turkmenistan, "PARTNERSHIP", "夥伴關係", "2001", source));
    awaitPartnership(china, turkmenistan, "2002-01-01", "PARTNERSHIP");

    long head =
        jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT count(*) FROM token_entry WHERE processor_name = 'facts'"
                                    + " AND token IS NOT NULL AND token::jsonb ->> 'index' IS NOT NULL"
                                    + " AND (token::jsonb ->> 'index')::bigint >= ?")
                            .param(head)
                            .query(Long.class)
                            .single())
                    .isPositive());
  }

  @Test
  void unknownOrMalformedActorsAreNamed() {
    Api.Response unknown = api.get("/api/relationships/" + china + "/NOBODY-1");
    Api.Response malformed = api.get("/api/relationships/" + china + "/not%20a%20code");
    Api.Response same = api.get("/api/relationships/" + china + "/" + china);
    Api.Response badDate =
        api.get("/api/relationships/" + china + "/" + turkmenistan + "?asOf=2013-02-30");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail").asText()).contains("NOBODY-1");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("errors").findValuesAsText("field")).containsExactly("b");
    assertThat(same.status()).isEqualTo(400);
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().path("errors").findValuesAsText("field")).containsExactly("asOf");
    assertThat(badDate.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aPartyThatJoinedLaterIsBoundToThoseAlreadyInFromItsAccessionAsKnownThen() {
    String kazakhstan = new Fixtures(api).actor();
    String pact = "pact-" + freshId().substring(0, 8);
    agreement("AGREEMENT_SIGNED", "2000", List.of(china, turkmenistan), pact, "\"title\":\"公約\"");
    agreement("AGREEMENT_ENTERED_INTO_FORCE", "2000-06", List.of(), pact, null);
    String joined = agreement("AGREEMENT_JOINED", "2005-03", List.of(kazakhstan), pact, null);
    JsonNode bound = awaitInForce(turkmenistan, kazakhstan, "2010-01-01", pact);
    Instant beforeRetraction = Instant.now();

    assertThat(bound.at("/agreementsInForce/0/since").asText()).isEqualTo("2000-06");
    assertThat(bound.at("/agreementsInForce/0/certainty").asText()).isEqualTo("CERTAIN");
    assertThat(partyLines(bound.at("/agreementsInForce/0/parties")))
        .containsExactlyInAnyOrder(
            kazakhstan + " PARTY 2005-03 CERTAIN", turkmenistan + " PARTY 2000-06 CERTAIN");
    assertThat(bound.path("basis").toString()).contains(joined);
    assertThat(
            relationship(turkmenistan, kazakhstan, "2005-03-15")
                .at("/agreementsInForce/0/certainty")
                .asText())
        .isEqualTo("POSSIBLE");
    assertThat(relationship(turkmenistan, kazakhstan, "2005-02-28").path("agreementsInForce"))
        .isEmpty();
    JsonNode listed =
        api.get("/api/relationships?actor=" + kazakhstan + "&asOf=2010-01-01&kind=all").json();
    assertThat(listed.path("relationships").findValuesAsText("id")).containsOnly(pact);
    assertThat(listed.path("relationships")).hasSize(2);

    assertThat(
            api.post("/api/developments/" + joined + "/retraction", "{\"reason\": \"misread\"}")
                .status())
        .isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                relationship(turkmenistan, kazakhstan, "2010-01-01")
                    .path("agreementsInForce")
                    .isEmpty());
    JsonNode knownBefore =
        api.get(
                "/api/relationships/"
                    + turkmenistan
                    + "/"
                    + kazakhstan
                    + "?asOf=2010-01-01&knownAt="
                    + beforeRetraction)
            .json();
    assertThat(knownBefore.path("agreementsInForce").findValuesAsText("id")).containsExactly(pact);
  }

  @Test
  void anAgreementBothSignedIsPendingWithEachPartysRatificationUntilItEntersIntoForce() {
    String treaty = "treaty-" + freshId().substring(0, 8);
    agreement(
        "AGREEMENT_SIGNED", "2013-09", List.of(china, turkmenistan), treaty, "\"title\":\"條約\"");
    agreement("AGREEMENT_RATIFIED", "2014-03", List.of(turkmenistan), treaty, null);
    agreement("AGREEMENT_ENTERED_INTO_FORCE", "2015", List.of(), treaty, null);
    awaitInForce(china, turkmenistan, "2016-01-01", treaty);

    JsonNode pending = relationship(china, turkmenistan, "2014-06-01");
    JsonNode agreement = api.get("/api/agreements/" + treaty + "?asOf=2014-06-01").json();

    assertThat(pending.path("agreementsInForce")).isEmpty();
    assertThat(pending.at("/agreementsPending/0/id").asText()).isEqualTo(treaty);
    assertThat(pending.at("/agreementsPending/0/title").asText()).isEqualTo("條約");
    assertThat(pending.at("/agreementsPending/0/state").asText()).isEqualTo("SIGNED");
    assertThat(pending.at("/agreementsPending/0/since").asText()).isEqualTo("2013-09");
    assertThat(partyLines(pending.at("/agreementsPending/0/parties")))
        .containsExactlyInAnyOrder(
            china + " SIGNATORY 2013-09 CERTAIN", turkmenistan + " RATIFIED 2014-03 CERTAIN");
    assertThat(partyLines(agreement.path("parties")))
        .containsExactlyInAnyOrder(
            china + " SIGNATORY 2013-09 CERTAIN", turkmenistan + " RATIFIED 2014-03 CERTAIN");
    assertThat(relationship(china, turkmenistan, "2016-01-01").path("agreementsPending")).isEmpty();
  }

  @Test
  void eachPartyShowsItsOwnObligationsAndAnActorTheDevelopmentDoesNotNameIsRefused() {
    String kazakhstan = new Fixtures(api).actor();
    String alliance = "alliance-" + freshId().substring(0, 8);
    agreement(
        "AGREEMENT_SIGNED",
        "1939-08",
        List.of(china, turkmenistan),
        alliance,
        "\"title\":\"同盟\",\"obligations\":[\"CONSULTATION\"],\"obligationsOf\":{\""
            + china
            + "\":[\"DEFENCE\",\"OFFENCE\"]}");
    agreement("AGREEMENT_ENTERED_INTO_FORCE", "1939-09", List.of(), alliance, null);
    JsonNode bound = awaitInForce(china, turkmenistan, "1940-01-01", alliance);

    Api.Response refused =
        api.post(
            "/api/developments",
            development(
                freshId(),
                "AGREEMENT_JOINED",
                "1941",
                List.of(kazakhstan),
                "\"agreementId\":\""
                    + alliance
                    + "\",\"obligationsOf\":{\""
                    + china
                    + "\":[\"NEUTRALITY\"],\""
                    + kazakhstan
                    + "\":[\"SURRENDER\"]}"));

    assertThat(bound.at("/agreementsInForce/0/obligations").toString())
        .isEqualTo("[\"CONSULTATION\"]");
    assertThat(bound.at("/agreementsInForce/0/parties").toString())
        .contains("\"actor\":\"" + china + "\",\"status\":\"PARTY\"")
        .contains("[\"DEFENCE\",\"OFFENCE\"]");
    for (JsonNode party : bound.at("/agreementsInForce/0/parties")) {
      assertThat(party.path("obligations").toString())
          .isEqualTo(
              party.path("actor").asText().equals(china)
                  ? "[\"DEFENCE\",\"OFFENCE\"]"
                  : "[\"CONSULTATION\"]");
    }
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "attributes.obligationsOf." + china, "attributes.obligationsOf." + kazakhstan);
  }

  @Test
  void aPartnershipUpgradedDuringAVisitIsTheLastContactThatDay() {
    String id = freshId();
    record(
        development(
            id,
            "PARTNERSHIP_UPGRADED",
            "2013-09-03",
            List.of(china, turkmenistan),
            "\"level\":\"STRATEGIC_PARTNERSHIP\",\"label\":\"戰略夥伴關係\",\"occasion\":\"VISIT\""));

    JsonNode relationship =
        awaitPartnership(china, turkmenistan, "2014-01-01", "STRATEGIC_PARTNERSHIP");

    assertThat(relationship.at("/lastContact/developmentId").asText()).isEqualTo(id);
    assertThat(relationship.at("/lastContact/type").asText()).isEqualTo("VISIT");
    assertThat(relationship.at("/lastContact/date").asText()).isEqualTo("2013-09-03");
    assertThat(relationship.at("/counts/VISIT").asInt()).isEqualTo(1);
    assertThat(relationship.at("/counts/PARTNERSHIP_UPGRADED").asInt()).isEqualTo(1);
  }

  /** Each party as "actor STATUS since certainty". */
  private static List<String> partyLines(JsonNode parties) {
    List<String> lines = new ArrayList<>();
    parties.forEach(
        p ->
            lines.add(
                String.join(
                    " ",
                    p.path("actor").asText(),
                    p.path("status").asText(),
                    p.path("since").asText(),
                    p.path("certainty").asText())));
    return lines;
  }

  /** Records a development about an agreement; answers its id. */
  private String agreement(
      String type, String date, List<String> actors, String agreementId, String more) {
    String id = freshId();
    record(
        development(
            id,
            type,
            date,
            actors,
            "\"agreementId\":\"" + agreementId + "\"" + (more == null ? "" : "," + more)));
    return id;
  }

  private String development(
      String id, String type, String date, List<String> actors, String attributes) {
    return """
        {"id": "%s", "type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
         "summary": {"en": "%s"}, "sources": [{"document": "%s", "locator": "¶1"}]}"""
        .formatted(
            id,
            type,
            date,
            String.join(", ", actors.stream().map(a -> "\"" + a + "\"").toList()),
            attributes,
            type,
            source);
  }

  private JsonNode awaitInForce(String a, String b, String asOf, String agreementId) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> relationship(a, b, asOf),
            r -> r.path("agreementsInForce").findValuesAsText("id").contains(agreementId));
  }

  private void record(String body) {
    Api.Response response = api.post("/api/developments", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
  }

  private JsonNode relationship(String a, String b, String asOf) {
    Api.Response response = api.get("/api/relationships/" + a + "/" + b + "?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private JsonNode awaitPartnership(String a, String b, String asOf, String level) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> relationship(a, b, asOf), r -> level.equals(r.at("/partnership/level").asText()));
  }
}
