package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/** A registration is keyed by its code: sent again, through the API or an import. */
@TrackerIntegrationTest
class RegisteringAgainIT {

  private static final String NDJSON = "application/x-ndjson";
  private static final String ACTOR =
      """
      {"type": "ACTOR_REGISTERED", "attributes": {"code": "%s", "kind": "%s", "name": %s}}""";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  String code;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    code = Fixtures.freshCode();
    Api.Response registered =
        api.post(
            "/api/developments", ACTOR.formatted(code, "ORGANIZATION", "{\"en\": \"Old Land\"}"));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
  }

  @Test
  void anActorRegisteredAgainWithANameInAnotherLanguageGainsItAsACorrection() {
    Api.Response again =
        api.post(
            "/api/developments",
            ACTOR.formatted(code, "ORGANIZATION", "{\"en\": \"Old Land\", \"zh-Hans\": \"旧国\"}"));

    assertThat(again.status()).as(again.text()).isEqualTo(201);
    JsonNode now = again.json();
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(now.at("/attributes/name/en").asText()).isEqualTo("Old Land");
    assertThat(now.at("/attributes/name/zh-Hans").asText()).isEqualTo("旧国");
    assertThat(now.at("/history/1/reason").asText())
        .isEqualTo("registered again with more: attributes.name.zh-Hans");
    Api.Response original =
        api.post(
            "/api/developments", ACTOR.formatted(code, "ORGANIZATION", "{\"en\": \"Old Land\"}"));
    assertThat(original.status()).isEqualTo(200);
    assertThat(original.json().path("version").asInt()).isEqualTo(2);
  }

  @Test
  void anActorRegisteredAgainAsAnotherKindIsAConflictNamingTheCodeAndTheFieldAndWritesNothing() {
    Api.Response other =
        api.post("/api/developments", ACTOR.formatted(code, "PERSON", "{\"en\": \"Old Land\"}"));

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(other.json().path("detail").asText()).startsWith(code + " is registered already");
    assertThat(other.json().at("/errors/0/field").asText()).isEqualTo("attributes.kind");
    assertThat(other.json().at("/errors/0/message").asText())
        .isEqualTo(code + " is registered as ORGANIZATION; this says PERSON");
    assertThat(other.json().path("registered").asText()).isEqualTo(code);
    assertThat(events(code)).isEqualTo(1);
  }

  @Test
  void anImportRegisteringWhatIsRegisteredAddsWhatIsNewAndRefusesAContradictionWhole() {
    String document = new Fixtures(api).document(); // titled "A test source", language en
    String more =
        """
        {"type": "DOCUMENT_REGISTERED", "attributes": {"documentId": "%s", "title": "A test source",
         "language": "en", "url": "https://example.org/source"}}"""
            .formatted(document)
            .replace("\n", "");
    String retitled = more.replace("A test source", "Another title");
    String newcomer = Fixtures.freshCode();
    String alsoNew =
        ACTOR.formatted(newcomer, "ORGANIZATION", "{\"en\": \"New Land\"}").replace("\n", "");

    Api.Response refused = api.post("/api/import", NDJSON, alsoNew + "\n" + retitled + "\n");

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(2);
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("attributes.title");
    assertThat(refused.json().at("/errors/0/message").asText())
        .isEqualTo(document + " is registered as A test source; this says Another title");
    assertThat(events(newcomer)).isZero();

    Api.Response imported = api.post("/api/import", NDJSON, more + "\n");
    Api.Response again = api.post("/api/import", NDJSON, more + "\n");

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE"
                        + " '%DevelopmentCorrected' AND payload LIKE ?")
                .param("%" + document + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFormerStateHasItsIso3166ThreeCodeAndAHistoricalStateWithoutOneAnHCode() {
    for (String former : java.util.List.of("SUHH", "H-QING")) {
      Api.Response registered =
          api.post("/api/developments", ACTOR.formatted(former, "STATE", "{\"en\": \"Gone\"}"));
      assertThat(registered.status()).as(registered.text()).isIn(200, 201);
    }
    Api.Response nameless =
        api.post("/api/developments", ACTOR.formatted("QING-X", "STATE", "{\"en\": \"Qing\"}"));
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.json().at("/errors/0/message").asText()).contains("ISO 3166-3");
  }

  private long events(String key) {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload LIKE ?")
        .param("%\"" + key + "\"%")
        .query(Long.class)
        .single();
  }
}
