package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracker.testing.Fixtures.freshId;
import static org.tracker.testing.Fixtures.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class CorrectingAndRetractingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String a;
  String b;
  String source;
  String id;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    a = fixtures.actor();
    b = fixtures.actor();
    source = fixtures.document();
    id = freshId();
    Api.Response recorded =
        api.post(
            "/api/developments",
            partnership(id, a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source));
    assertThat(recorded.status()).isEqualTo(201);
  }

  @Test
  void aCorrectionIsANewVersionAndTheOriginalStaysInTheLogAndHistory() {
    Api.Response corrected = correct(null, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2013-09-07");

    assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
    JsonNode now = api.get("/api/developments/" + id).json();
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(now.path("date").asText()).isEqualTo("2013-09-07");
    assertThat(now.path("history")).hasSize(2);
    assertThat(now.at("/history/0/kind").asText()).isEqualTo("RECORDED");
    assertThat(now.at("/history/0/date").asText()).isEqualTo("2013-09");
    assertThat(now.at("/history/1/kind").asText()).isEqualTo("CORRECTED");
    assertThat(now.at("/history/1/reason").asText()).isEqualTo("the communiqué gives the day");
    assertThat(eventTypes()).containsExactly("DevelopmentRecorded", "DevelopmentCorrected");
    awaitLevel("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
    assertThat(relationship().at("/partnership/since").asText()).isEqualTo("2013-09-07");
  }

  @Test
  void resendingTheSameCorrectionAnswersWithoutRecordingAgain() {
    Api.Response first = correct(2, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2013-09-07");
    Api.Response again = correct(2, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2013-09-07");
    Api.Response stale = correct(2, "PARTNERSHIP", "2013-09-08");

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(eventTypes()).containsExactly("DevelopmentRecorded", "DevelopmentCorrected");
  }

  @Test
  void aCorrectionSkippingAVersionIsAConflictNamingTheCurrentOne() {
    Api.Response skipping = correct(3, "PARTNERSHIP", "2013");

    assertThat(skipping.status()).isEqualTo(409);
    assertThat(skipping.json().path("detail").asText()).contains("is at version 1");
  }

  @Test
  void aRetractionHidesTheFactButKeepsTheRecord() {
    awaitLevel("STRATEGIC_PARTNERSHIP");

    Api.Response retracted =
        api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"misread source\"}");
    Api.Response again =
        api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"misread source\"}");

    assertThat(retracted.status()).isEqualTo(201);
    assertThat(retracted.json().path("retracted").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(200);
    assertThat(eventTypes()).containsExactly("DevelopmentRecorded", "DevelopmentRetracted");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> relationship().path("partnership").isMissingNode());
    assertThat(api.get("/api/developments/" + id).json().path("date").asText())
        .isEqualTo("2013-09");
    assertThat(correct(null, "PARTNERSHIP", "2013").status()).isEqualTo(409);
  }

  @Test
  void aViewerSeesOnlyTheCurrentVersionOfACorrectedDevelopment() {
    assertThat(correct(2, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2013-09-07").status())
        .isEqualTo(201);

    Api.Response viewer = api.as("viewer").get("/api/developments/" + id);
    Api.Response analyst = api.as("analyst").get("/api/developments/" + id);

    assertThat(viewer.status()).isEqualTo(200);
    assertThat(viewer.json().path("version").asInt()).isEqualTo(2);
    assertThat(viewer.json().path("date").asText()).isEqualTo("2013-09-07");
    assertThat(viewer.json().at("/attributes/level").asText())
        .isEqualTo("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
    assertThat(viewer.json().has("history")).as("history").isFalse();
    assertThat(viewer.json().has("recordedBy")).as("recordedBy").isFalse();
    assertThat(viewer.text())
        .doesNotContain("2013-09\"")
        .doesNotContain("the communiqué gives the day")
        .doesNotContain("\"STRATEGIC_PARTNERSHIP\"");
    assertThat(analyst.json().path("history")).hasSize(2);
    assertThat(analyst.json().at("/history/0/date").asText()).isEqualTo("2013-09");
    assertThat(analyst.json().at("/history/1/recordedBy").asText()).isEqualTo("admin");
  }

  @Test
  void aRetractedDevelopmentIsNotFoundForAViewerAndWholeForAnAnalyst() {
    assertThat(
            api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"misread\"}")
                .status())
        .isEqualTo(201);

    Api.Response viewer = api.as("viewer").get("/api/developments/" + id);
    Api.Response analyst = api.as("analyst").get("/api/developments/" + id);

    assertThat(viewer.status()).isEqualTo(404);
    assertThat(viewer.contentType()).startsWith("application/problem+json");
    assertThat(viewer.text())
        .doesNotContain("戰略夥伴關係")
        .doesNotContain("misread")
        .doesNotContain("admin")
        .doesNotContain("2013-09");
    assertThat(api.as("viewer").get("/api/developments/" + freshId()).json().path("title"))
        .as("the same answer as an unknown id")
        .isEqualTo(viewer.json().path("title"));
    assertThat(analyst.status()).isEqualTo(200);
    assertThat(analyst.json().path("retracted").asBoolean()).isTrue();
    assertThat(analyst.json().path("history")).hasSize(2);
    assertThat(analyst.json().at("/history/1/reason").asText()).isEqualTo("misread");
  }

  @Test
  void aCorrectionOrRetractionNeedsAReasonAndAKnownDevelopment() {
    Api.Response noReason = api.post("/api/developments/" + id + "/retraction", "{}");
    Api.Response unknown =
        api.post("/api/developments/" + freshId() + "/retraction", "{\"reason\": \"x\"}");
    Api.Response invalid =
        api.post(
            "/api/developments/" + id + "/corrections",
            "{\"reason\": \"x\", \"type\": \"PARTNERSHIP_ESTABLISHED\", \"date\": \"2013-13\"}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("errors").findValuesAsText("field")).containsExactly("reason");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("errors").findValuesAsText("field")).contains("date", "actors");
    assertThat(eventTypes()).containsExactly("DevelopmentRecorded");
  }

  @Test
  void aRegistrationCanBeCorrectedButNotRetracted() {
    String code = Fixtures.freshCode();
    String registration =
        """
        {"type": "ACTOR_REGISTERED", "attributes": {"code": "%s", "kind": "ORGANIZATION",
         "name": {"en": "%s", "zh-Hant": "組織"}}}""";
    String actorId =
        api.post("/api/developments", registration.formatted(code, "Old name"))
            .json()
            .path("id")
            .asText();

    Api.Response renamed =
        api.post(
            "/api/developments/" + actorId + "/corrections",
            registration
                .formatted(code, "New name")
                .replaceFirst("\\{", "{\"reason\": \"official name\", "));
    Api.Response retracted =
        api.post("/api/developments/" + actorId + "/retraction", "{\"reason\": \"typo\"}");

    assertThat(renamed.status()).as(renamed.text()).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT name_en FROM actor WHERE code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("New name");
    assertThat(retracted.status()).isEqualTo(409);
  }

  private Api.Response correct(Integer version, String level, String date) {
    String body =
        partnership(null, a, b, level, "全面戰略夥伴關係", date, source)
            .replace("\"id\": \"null\", ", "")
            .replaceFirst(
                "\\{",
                "{\"reason\": \"the communiqué gives the day\", "
                    + (version == null ? "" : "\"version\": " + version + ", "));
    return api.post("/api/developments/" + id + "/corrections", body);
  }

  private java.util.List<String> eventTypes() {
    return jdbc.sql(
            "SELECT substring(payload_type from '[^.]+$') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number")
        .param(id)
        .query(String.class)
        .list();
  }

  private JsonNode relationship() {
    return api.get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01").json();
  }

  private void awaitLevel(String level) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> level.equals(relationship().at("/partnership/level").asText()));
  }
}
