package org.tracker.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracker.testing.Api;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;

/**
 * Competing claims on the seed: the article places China's Silk Road Economic Belt proposal at the
 * SCO summit in 2013-09; a second development from another source — not a correction — claims
 * Astana, 2013-09-07. The answer prefers one and lists the other as disputed with why; an analyst's
 * CLAIM_PREFERRED flips them, its reason in the proposal's history, and what was known before the
 * choice stays answerable. The steps build on each other, in order.
 */
@TestMethodOrder(OrderAnnotation.class)
class CompetingClaimsIT {

  static final String SEEDED = "608a1415-f22c-47a8-a659-61e28e360f93";
  static final String ASTANA = "5a3c1f7e-2b4d-4e6f-8a9b-0c1d2e3f4a5b";

  static SecondApp app;
  static Api api;
  static Instant beforeTheChoice;

  @BeforeAll
  static void startWithTheSeed() {
    app = SeededApp.start();
    api = app.api();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @Order(1)
  void aloneTheSeedsClaimIsTheProposalAndNothingIsDisputed() {
    JsonNode belt = belt();

    assertThat(belt.path("since").asText()).isEqualTo("2013-09");
    assertThat(belt.path("disputed")).isEmpty();
  }

  @Test
  @Order(2)
  void aSecondClaimFromAnotherSourceGivesOnePreferredAndOneDisputedNeitherHidden() {
    created(
        """
        {"type": "DOCUMENT_REGISTERED",
         "attributes": {"documentId": "nu-speech-2013", "title": "Speech at Nazarbayev University",
                        "language": "en"}}""");
    created(
        """
        {"id": "%s", "type": "PROPOSAL_MADE", "date": "2013-09-07", "actors": ["CHN"],
         "attributes": {"proposalId": "silk-road-economic-belt",
                        "title": "Silk Road Economic Belt", "place": "Astana"},
         "summary": {"en": "Xi Jinping proposed the Silk Road Economic Belt in Astana."},
         "sources": [{"document": "nu-speech-2013", "locator": "¶ 12",
                      "quote": "we should take an innovative approach and jointly build an economic belt along the Silk Road"}]}"""
            .formatted(ASTANA));
    SeededApp.awaitProjections(app);
    beforeTheChoice = Instant.now();

    JsonNode belt = belt();

    assertThat(belt.path("since").asText()).isEqualTo("2013-09-07");
    assertThat(belt.path("place").asText()).isEqualTo("Astana");
    assertThat(belt.path("disputed")).hasSize(1);
    JsonNode disputed = belt.at("/disputed/0");
    assertThat(disputed.path("developmentId").asText()).isEqualTo(SEEDED);
    assertThat(disputed.path("date").asText()).isEqualTo("2013-09");
    assertThat(disputed.path("preferred").asText()).isEqualTo(ASTANA);
    assertThat(disputed.path("basis").asText()).isEqualTo("MORE_RECENT");
    assertThat(disputed.at("/summary/en").asText()).contains("SCO summit");
    assertThat(belt.path("basis").toString()).contains(ASTANA).doesNotContain(SEEDED);
  }

  @Test
  @Order(3)
  void anAnalystsChoiceFlipsThemWithItsReasonInTheHistory() {
    String choice =
        created(
                """
                {"type": "CLAIM_PREFERRED",
                 "attributes": {"preferred": "%s",
                                "reason": "the article is the record this desk follows"},
                 "sources": [{"document": "hung-2013-xi-central-asia", "locator": "§2 ¶2"}]}"""
                    .formatted(SEEDED))
            .path("id")
            .asText();
    SeededApp.awaitProjections(app);

    JsonNode belt = belt();

    assertThat(belt.path("since").asText()).isEqualTo("2013-09");
    JsonNode disputed = belt.at("/disputed/0");
    assertThat(disputed.path("developmentId").asText()).isEqualTo(ASTANA);
    assertThat(disputed.path("basis").asText()).isEqualTo("ANALYST_CHOICE");
    assertThat(disputed.path("preferredBy").asText()).isEqualTo(choice);
    assertThat(disputed.path("reason").asText())
        .isEqualTo("the article is the record this desk follows");
    JsonNode last = belt.path("history").get(belt.path("history").size() - 1);
    assertThat(last.path("type").asText()).isEqualTo("CLAIM_PREFERRED");
    assertThat(last.path("reason").asText())
        .isEqualTo("the article is the record this desk follows");
    assertThat(belt.path("basis").toString()).contains(SEEDED, choice);

    JsonNode before = belt("&knownAt=" + beforeTheChoice);
    assertThat(before.path("since").asText()).isEqualTo("2013-09-07");
  }

  @Test
  @Order(4)
  void aChoiceNamingNoStandingDevelopmentHasNoDateAndIsRefusedNamingTheField() {
    Api.Response refused =
        api.post(
            "/api/developments",
            """
            {"type": "CLAIM_PREFERRED", "date": "2013-09",
             "attributes": {"preferred": "0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a", "reason": "r"},
             "sources": [{"document": "hung-2013-xi-central-asia", "locator": "§2"}]}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("attributes.preferred", "0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a")
        .contains("\"date\"");
  }

  @Test
  @Order(5)
  void twoPartnershipsEstablishedAtOneLevelOnTwoDatesCompeteAndTheBetterSourceIsPreferred() {
    created(
        """
        {"type": "DOCUMENT_REGISTERED",
         "attributes": {"documentId": "joint-statement-2005", "title": "Joint statement",
                        "language": "zh-Hans", "reliability": "A"}}""");
    String graded =
        created(
                """
                {"type": "PARTNERSHIP_ESTABLISHED", "date": "2005-07-04", "actors": ["CHN", "KAZ"],
                 "attributes": {"level": "STRATEGIC_PARTNERSHIP", "label": "战略伙伴关系"},
                 "summary": {"en": "China and Kazakhstan establish a strategic partnership."},
                 "sources": [{"document": "joint-statement-2005", "locator": "¶ 1",
                              "credibility": 1}]}""")
            .path("id")
            .asText();
    SeededApp.awaitProjections(app);

    Api.Response answer = api.get("/api/relationships/CHN/KAZ?asOf=2014-01-01");

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode relationship = answer.json();
    assertThat(relationship.at("/partnership/since").asText()).isEqualTo("2005-07-04");
    assertThat(relationship.path("disputed")).hasSize(1);
    assertThat(relationship.at("/disputed/0/developmentId").asText())
        .isEqualTo("2d65d796-3c93-4d3e-ba41-79e299833e5b");
    assertThat(relationship.at("/disputed/0/date").asText()).isEqualTo("2005");
    assertThat(relationship.at("/disputed/0/preferred").asText()).isEqualTo(graded);
    assertThat(relationship.at("/disputed/0/basis").asText()).isEqualTo("BETTER_SOURCES");
    assertThat(relationship.path("anomalies")).isEmpty();
  }

  @Test
  @Order(6)
  void theAgreementTheProjectAndTheOrganisationListTheirDisputedClaimsToo() {
    String signed =
        recordedFromTheGradedStatement(
            "AGREEMENT_SIGNED",
            "2013-09-03",
            "\"CHN\", \"TKM\"",
            "\"agreementId\": \"chn-tkm-2013-line-d-agreement\", \"title\": \"Line D\"");
    String operational =
        recordedFromTheGradedStatement(
            "PROJECT_MILESTONE",
            "2009-12-14",
            "\"CHN\"",
            "\"projectId\": \"central-asia-china-gas-pipeline\", \"milestone\":"
                + " \"OPERATIONAL\", \"status\": \"ACTUAL\"");
    String members =
        recordedFromTheGradedStatement(
            "MEMBERSHIP_CHANGED",
            "2001-06-15",
            "\"CHN\", \"RUS\", \"KAZ\", \"KGZ\", \"TJK\", \"UZB\"",
            "\"organization\": \"SCO\", \"status\": \"FULL\"");
    SeededApp.awaitProjections(app);

    JsonNode agreement = ok("/api/agreements/chn-tkm-2013-line-d-agreement?asOf=2014-01-01");
    assertThat(agreement.path("since").asText()).isEqualTo("2013-09-03");
    assertThat(agreement.at("/disputed/0/developmentId").asText())
        .isEqualTo("60162dda-e8ff-4056-9fae-3620c306ef4a");
    assertThat(agreement.at("/disputed/0/preferred").asText()).isEqualTo(signed);

    JsonNode project = ok("/api/projects/central-asia-china-gas-pipeline?asOf=2014-01-01");
    assertThat(project.path("statusSince").asText()).isEqualTo("2009-12-14");
    assertThat(project.at("/disputed/0/date").asText()).isEqualTo("2009-12");
    assertThat(project.at("/disputed/0/preferred").asText()).isEqualTo(operational);

    JsonNode sco = ok("/api/organizations/SCO?asOf=2014-01-01");
    assertThat(sco.at("/disputed/0/developmentId").asText())
        .isEqualTo("154a1c34-30cd-41c2-9a2e-213ad01de4ff");
    assertThat(sco.at("/disputed/0/basis").asText()).isEqualTo("BETTER_SOURCES");
    assertThat(sco.at("/disputed/0/preferred").asText()).isEqualTo(members);
    assertThat(ok("/api/actors/KAZ/memberships?asOf=2014-01-01").toString())
        .contains("\"since\":\"2001-06-15\"");
  }

  @Test
  @Order(7)
  void anImportedChoiceMayNameADevelopmentALineBeforeItAndOneNamingNothingIsRefusedByLine() {
    String made = "7b1e0c2d-4f3a-4b5c-8d6e-9f0a1b2c3d4e";
    String file =
        """
        {"id": "%s", "type": "PROPOSAL_MADE", "date": "2013-09-07", "actors": ["CHN"],         "attributes": {"proposalId": "silk-road-economic-belt", "title": "Economic belt",         "place": "Nur-Sultan"}, "summary": {"en": "Proposed in the capital."},         "sources": [{"document": "nu-speech-2013", "locator": "¶ 13"}]}
        {"type": "CLAIM_PREFERRED", "attributes": {"preferred": "%s", "reason": "the capital's         name at the time"}, "sources": [{"document": "nu-speech-2013", "locator": "¶ 13"}]}
        """
            .formatted(made, made);
    String refused =
        """
        {"type": "CLAIM_PREFERRED", "attributes": {"preferred": "%s", "reason": "r"},         "sources": [{"document": "nu-speech-2013", "locator": "¶ 13"}]}
        """
            .formatted("0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a");

    Api.Response bad = api.post("/api/import", "application/x-ndjson", refused);
    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/line").asInt()).isEqualTo(1);
    assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("attributes.preferred");

    Api.Response imported = api.post("/api/import", "application/x-ndjson", file);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("recorded").asLong()).isEqualTo(2);
    SeededApp.awaitProjections(app);
    JsonNode belt = belt();
    assertThat(belt.path("place").asText()).isEqualTo("Nur-Sultan");
    assertThat(belt.path("disputed").findValuesAsText("basis")).containsOnly("ANALYST_CHOICE");
    assertThat(belt.path("disputed").findValuesAsText("developmentId")).contains(SEEDED);
  }

  private static String recordedFromTheGradedStatement(
      String type, String date, String actors, String attributes) {
    return created(
            """
            {"type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
             "summary": {"en": "A second claim."},
             "sources": [{"document": "joint-statement-2005", "locator": "¶ 2"}]}"""
                .formatted(type, date, actors, attributes))
        .path("id")
        .asText();
  }

  private static JsonNode ok(String path) {
    Api.Response answer = api.get(path);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json();
  }

  private static JsonNode belt() {
    return belt("");
  }

  private static JsonNode belt(String query) {
    Api.Response answer = api.get("/api/proposals?asOf=2014-01-01" + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    for (JsonNode p : answer.json().path("proposals")) {
      if (p.path("id").asText().equals("silk-road-economic-belt")) {
        return p;
      }
    }
    throw new AssertionError("no silk-road-economic-belt in " + answer.text());
  }

  private static JsonNode created(String body) {
    Api.Response answer = api.post("/api/developments", body);
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.json();
  }
}
