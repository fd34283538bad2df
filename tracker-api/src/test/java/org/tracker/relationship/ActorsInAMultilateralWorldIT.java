package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * Actors in a multilateral world, over HTTP on a real database: an actor's memberships as of a day
 * (an UNKNOWN status keeps what was known), the organisations two actors share, a person's contacts
 * counting for the state the person holds a role for, and an actor's partners by kind.
 */
@TrackerIntegrationTest
class ActorsInAMultilateralWorldIT {

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
  void anActorsMembershipsAreEveryOrganisationItIsOrWasInAsOfTheDay() {
    String kazakhstan = state();
    String china = state();
    String sco = actor("ORGANIZATION");
    String csto = actor("ORGANIZATION");
    String founded = membership("2001", sco, "FULL", kazakhstan, china);
    String unknown = membership("2010", sco, "UNKNOWN", kazakhstan);
    membership("2003", csto, "FULL", kazakhstan);
    membership("2008-05", csto, "NONE", kazakhstan);
    awaitFacts();

    JsonNode in2005 = memberships(kazakhstan, "2005-01-01");
    JsonNode in2012 = memberships(kazakhstan, "2012-01-01");

    assertThat(describe(in2005.path("memberships")))
        .containsExactlyInAnyOrder(sco + " FULL since 2001", csto + " FULL since 2003");
    assertThat(describe(in2012.path("memberships")))
        .containsExactlyInAnyOrder(
            sco + " UNKNOWN since 2010 (last known FULL since 2001)",
            csto + " NONE since 2008-05 (last known FULL since 2003)");
    JsonNode inSco = find(in2012.path("memberships"), "organization", sco);
    assertThat(texts(inSco.path("basis"))).containsExactly(founded, unknown);
    assertThat(inSco.path("certainty").asText()).isEqualTo("CERTAIN");
    assertThat(memberships(kazakhstan, "2000-01-01").path("memberships")).isEmpty();

    JsonNode organization = api.get("/api/organizations/" + sco + "?asOf=2012-01-01").json();
    JsonNode member = find(organization.path("members"), "actor", kazakhstan);
    assertThat(member.path("status").asText()).isEqualTo("UNKNOWN");
    assertThat(member.at("/lastKnown/status").asText()).isEqualTo("FULL");
    assertThat(member.at("/lastKnown/since").asText()).isEqualTo("2001");
    assertThat(find(organization.path("members"), "actor", china).has("lastKnown")).isFalse();
  }

  @Test
  void anUnknownActorsMembershipsAreNotFound() {
    Api.Response unknown = api.get("/api/actors/NOBODY-1/memberships");
    Api.Response malformed = api.get("/api/actors/not%20a%20code/memberships");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().path("detail").asText()).contains("NOBODY-1");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("errors").findValuesAsText("field")).containsExactly("code");
  }

  @Test
  void twoActorsShowTheOrganisationsBothAreMembersOfWithEachOnesStatus() {
    String kazakhstan = state();
    String china = state();
    String turkmenistan = state();
    String sco = actor("ORGANIZATION");
    membership("2001", sco, "FULL", kazakhstan, china);
    membership("2010", sco, "UNKNOWN", kazakhstan);
    String observer = membership("2012", sco, "OBSERVER", turkmenistan);
    awaitFacts();

    JsonNode before = relationship(china, kazakhstan, "2005-01-01");
    JsonNode after = relationship(kazakhstan, china, "2012-01-01");
    JsonNode withObserver = relationship(china, turkmenistan, "2013-01-01");

    String first = china.compareTo(kazakhstan) < 0 ? china : kazakhstan;
    assertThat(before.at("/sharedMemberships/0/organization").asText()).isEqualTo(sco);
    assertThat(before.at("/sharedMemberships/0/members/0/actor").asText()).isEqualTo(first);
    assertThat(describe(before.at("/sharedMemberships/0/members")))
        .containsExactlyInAnyOrder(china + " FULL since 2001", kazakhstan + " FULL since 2001");
    assertThat(describe(after.at("/sharedMemberships/0/members")))
        .containsExactlyInAnyOrder(
            china + " FULL since 2001",
            kazakhstan + " UNKNOWN since 2010 (last known FULL since 2001)");
    assertThat(describe(withObserver.at("/sharedMemberships/0/members")))
        .contains(turkmenistan + " OBSERVER since 2012");
    assertThat(texts(withObserver.path("basis"))).contains(observer);
    assertThat(relationship(china, turkmenistan, "2011-01-01").path("sharedMemberships")).isEmpty();
  }

  @Test
  void aPersonsVisitsCountForTheStateWhileThePersonHoldsARoleForIt() {
    String china = state();
    String turkmenistan = state();
    String minister = actor("PERSON");
    record(
        "ROLE_ASSUMED",
        "2013-03",
        List.of(minister),
        "\"for\":\"" + china + "\",\"role\":\"FOREIGN_MINISTER\",\"title\":\"外交部長\"");
    record("VISIT", "2012-06", List.of(minister, turkmenistan), "");
    String visit = record("VISIT", "2014-05-02", List.of(minister, turkmenistan), "");
    record("MEETING", "2012-01", List.of(china, minister), "");
    awaitFacts();

    JsonNode relationship = relationship(china, turkmenistan, "2015-01-01");

    assertThat(relationship.at("/lastContact/developmentId").asText()).isEqualTo(visit);
    assertThat(relationship.at("/lastContact/date").asText()).isEqualTo("2014-05-02");
    assertThat(relationship.at("/counts/VISIT").asInt()).isEqualTo(1);
    assertThat(relationship(china, turkmenistan, "2013-01-01").path("lastContact").isMissingNode())
        .isTrue();
    assertThat(partners(china, "")).containsExactly(turkmenistan);
    assertThat(partners(china, "&kind=PERSON"))
        .as("met in 2012, before the role: a person China met")
        .containsExactly(minister);
    assertThat(partners(china, "&kind=person,STATE"))
        .containsExactlyInAnyOrder(minister, turkmenistan);
  }

  @Test
  void anActorsPartnersAreStatesUnlessOtherKindsAreAskedFor() {
    String china = state();
    String kazakhstan = state();
    String sco = actor("ORGANIZATION");
    String group = actor("GROUP");
    record("STATEMENT", "2013-09", List.of(china, sco), "\"topic\":\"SCO\"");
    record("MEETING", "2013-09", List.of(china, kazakhstan), "");
    record("STATEMENT", "2014", List.of(group, china), "\"topic\":\"threats\"");
    awaitFacts();

    assertThat(partners(china, "")).containsExactly(kazakhstan);
    assertThat(partners(china, "&kind=ORGANIZATION")).containsExactly(sco);
    assertThat(partners(china, "&kind=OTHER")).containsExactly(group);
    assertThat(partners(china, "&kind=all")).containsExactlyInAnyOrder(kazakhstan, sco, group);
    assertThat(partners(china, "&kind=ORGANIZATION&kind=OTHER"))
        .containsExactlyInAnyOrder(sco, group);

    Api.Response bad = api.get("/api/relationships?actor=" + china + "&kind=STATE,CITY");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactly("kind");
    assertThat(bad.json().at("/errors/0/message").asText()).contains("'CITY' is not a kind");
  }

  @Test
  void anActorRegisteredAsAGroupByAnOlderLogIsReadAsOtherAndExportedAsItWasRecorded() {
    String group = actor("GROUP");

    assertThat(api.get("/api/actors/" + group).json().path("kind").asText()).isEqualTo("OTHER");
    assertThat(api.get("/api/export").text())
        .contains("\"code\":\"" + group + "\",\"kind\":\"GROUP\"");
  }

  @Test
  void aRoleIsHeldByARegisteredPersonForAnActorThatIsNotOne() {
    String china = state();
    String person = actor("PERSON");

    Api.Response byAState =
        attempt("ROLE_ASSUMED", List.of(china), "\"for\":\"" + china + "\",\"role\":\"ENVOY\"");
    Api.Response forAPerson =
        attempt("ROLE_ENDED", List.of(person), "\"for\":\"" + person + "\",\"role\":\"ENVOY\"");
    Api.Response forNobody =
        attempt("ROLE_ASSUMED", List.of(person), "\"for\":\"NOBODY-1\",\"role\":\"KING\"");

    assertThat(byAState.status()).isEqualTo(400);
    assertThat(byAState.contentType()).startsWith("application/problem+json");
    assertThat(byAState.json().path("errors").findValuesAsText("field"))
        .containsExactly("actors[0]");
    assertThat(forAPerson.json().path("errors").findValuesAsText("field"))
        .containsExactly("attributes.for");
    assertThat(forNobody.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("attributes.for", "attributes.role");
  }

  // ------------------------------------------------------------------------------------------

  /** Registers a state under a fresh three-letter code (Q.., user-assigned in ISO 3166). */
  private String state() {
    for (int attempt = 0; attempt < 50; attempt++) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String code = "Q" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
      Api.Response response = register(code, "STATE");
      if (response.status() == 201) {
        return code;
      }
    }
    throw new AssertionError("no free three-letter code");
  }

  private String actor(String kind) {
    return fixtures.actor(kind);
  }

  private Api.Response register(String code, String kind) {
    return api.post(
        "/api/developments",
        """
        {"type": "ACTOR_REGISTERED",
         "attributes": {"code": "%s", "kind": "%s", "name": {"en": "%s", "zh-Hant": "%s"}}}"""
            .formatted(code, kind, code, code));
  }

  private String membership(String date, String organization, String status, String... actors) {
    return record(
        "MEMBERSHIP_CHANGED",
        date,
        List.of(actors),
        "\"organization\":\"" + organization + "\",\"status\":\"" + status + "\"");
  }

  private String record(String type, String date, List<String> actors, String attributes) {
    String id = freshId();
    Api.Response response = attempt(id, type, date, actors, attributes);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return id;
  }

  private Api.Response attempt(String type, List<String> actors, String attributes) {
    return attempt(freshId(), type, "2013-03", actors, attributes);
  }

  private Api.Response attempt(
      String id, String type, String date, List<String> actors, String attributes) {
    return api.post(
        "/api/developments",
        """
        {"id": "%s", "type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
         "summary": {"en": "%s"}, "sources": [{"document": "%s", "locator": "¶1"}]}"""
            .formatted(
                id,
                type,
                date,
                actors.isEmpty() ? "" : "\"" + String.join("\", \"", actors) + "\"",
                attributes,
                type,
                doc));
  }

  private JsonNode memberships(String actor, String asOf) {
    Api.Response response = api.get("/api/actors/" + actor + "/memberships?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private JsonNode relationship(String a, String b, String asOf) {
    Api.Response response = api.get("/api/relationships/" + a + "/" + b + "?asOf=" + asOf);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  /** The counterparts an actor's relationships list on 2020-01-01, with more parameters. */
  private List<String> partners(String actor, String parameters) {
    Api.Response response =
        api.get("/api/relationships?actor=" + actor + "&asOf=2020-01-01" + parameters);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    List<String> partners = new ArrayList<>();
    for (JsonNode r : response.json().path("relationships")) {
      for (JsonNode a : r.path("actors")) {
        if (!a.asText().equals(actor)) {
          partners.add(a.asText());
        }
      }
    }
    return partners;
  }

  /** "ACTOR STATUS since DATE", with " (last known STATUS since DATE)" when there is one. */
  private static List<String> describe(JsonNode entries) {
    List<String> described = new ArrayList<>();
    for (JsonNode e : entries) {
      String who =
          e.has("organization") ? e.path("organization").asText() : e.path("actor").asText();
      String text = who + " " + e.path("status").asText() + " since " + e.path("since").asText();
      if (e.has("lastKnown")) {
        text +=
            " (last known "
                + e.at("/lastKnown/status").asText()
                + " since "
                + e.at("/lastKnown/since").asText()
                + ")";
      }
      described.add(text);
    }
    return described;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private void awaitFacts() {
    Projections.awaitCaughtUp(processing, dataSource);
  }
}
