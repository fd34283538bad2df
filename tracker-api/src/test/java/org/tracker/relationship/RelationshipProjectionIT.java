package org.tracker.relationship;

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
