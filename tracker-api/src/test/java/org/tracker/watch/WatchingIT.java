package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/** Watch items that watch: rules link evidence by themselves; analysts decide; review dates. */
@TrackerIntegrationTest
class WatchingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;
  @Autowired TokenStore tokens;

  Api api;
  String doc;
  String chn;
  String kaz;
  String project;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    Fixtures fixtures = new Fixtures(api);
    doc = fixtures.document();
    chn = fixtures.actor();
    kaz = fixtures.actor();
    project = "line-" + Fixtures.freshId().substring(0, 8);
  }

  /**
   * An item watching for the project's construction to start, reviewed by {@code reviewBy}, opened
   * on the recording day.
   */
  private String watch(String reviewBy) {
    return watch(reviewBy, null);
  }

  /** The same, opened on {@code on} when given. */
  private String watch(String reviewBy, String on) {
    String id = "watch-" + Fixtures.freshId().substring(0, 8);
    Api.Response response =
        api.post(
            "/api/watch-items",
            """
            {"id": "%s", "question": {"en": "Does construction of %s start?"},
             "subjects": ["%s", "%s"], "resolvesWhen": {"en": "Construction starts"},
             "rule": {"types": ["PROJECT_MILESTONE"], "subjects": ["%s"],
                      "attributes": {"milestone": "CONSTRUCTION_STARTED", "status": "ACTUAL"}},
             "reviewBy": "%s"%s}"""
                .formatted(
                    id,
                    project,
                    chn,
                    project,
                    project,
                    reviewBy,
                    on == null ? "" : ", \"on\": \"" + on + "\""));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return id;
  }

  private String milestone(String id, String milestone, String date) {
    return """
        {"id": "%s", "type": "PROJECT_MILESTONE", "date": "%s", "actors": ["%s"],
         "attributes": {"projectId": "%s", "milestone": "%s", "status": "ACTUAL"},
         "summary": {"en": "%s"}, "sources": [{"document": "%s", "locator": "p. 1"}]}"""
        .formatted(id, date, chn, project, milestone, milestone, doc);
  }

  private String record(String body) {
    Api.Response response = api.post("/api/developments", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private JsonNode item(String id) {
    return api.get("/api/watch-items/" + id).json();
  }

  private JsonNode awaitStatus(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> item(id).path("status").asText().equals(status));
    return item(id);
  }

  @Test
  void aRecordedDevelopmentMatchingTheRuleBecomesEvidenceByItself() {
    String item = watch("2030");
    record(milestone(Fixtures.freshId(), "AGREED", "2014-01")); // not the milestone watched
    String started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));

    JsonNode seen = awaitStatus(item, "EVIDENCE_SEEN");

    assertThat(evidence(seen)).containsExactly(started);
    assertThat(seen.path("evidence").get(0).path("byRule").asBoolean()).isTrue();
    assertThat(changes(seen)).containsExactly("OPENED", "EVIDENCE_LINKED");
  }

  @Test
  void anImportedAndABackfilledDevelopmentCountToo() {
    String item = watch("2030");
    String imported = Fixtures.freshId();
    Api.Response response =
        api.post(
            "/api/import",
            "application/x-ndjson",
            milestone(imported, "CONSTRUCTION_STARTED", "2014-06").replace("\n", " ") + "\n");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    awaitStatus(item, "EVIDENCE_SEEN");

    String backfilled = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "1998"));
    await().atMost(Duration.ofSeconds(20)).until(() -> evidence(item(item)).size() == 2);
    assertThat(evidence(item(item))).containsExactly(imported, backfilled);
  }

  @Test
  void developmentsRecordedBeforeTheItemWasOpenedAreNotItsEvidence() {
    record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
    String item = watch("2030");
    String marker = watch("2030"); // opened after: sees the next one
    String next = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2015"));

    awaitStatus(marker, "EVIDENCE_SEEN");
    assertThat(evidence(item(item))).containsExactly(next);
  }

  @Test
  void aRetractionWithdrawsTheEvidenceAndTheItemIsOpenAgain() {
    String item = watch("2030");
    String started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
    awaitStatus(item, "EVIDENCE_SEEN");

    Api.Response retracted =
        api.post("/api/developments/" + started + "/retraction", "{\"reason\": \"wrong project\"}");
    assertThat(retracted.status()).isEqualTo(201);

    JsonNode open = awaitStatus(item, "OPEN");
    JsonNode evidence = open.path("evidence").get(0);
    assertThat(evidence.path("withdrawnAt").asText()).isNotBlank();
    assertThat(evidence.path("withdrawnBecause").asText()).contains("retracted");
    assertThat(open.path("evidenceCount").asInt()).isZero();
    assertThat(changes(open)).endsWith("EVIDENCE_WITHDRAWN");
  }

  @Test
  void evidenceFoundByTheRuleCountsFromItsDevelopmentsDateAndItsRetractionFromWhenItWasRecorded() {
    String item = watch("2030", "2013-09");
    String started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
    assertThat(awaitStatus(item, "EVIDENCE_SEEN").at("/evidence/0/on").asText())
        .isEqualTo("2014-06");
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(listedStatus(item, "asOf=2013-08-31")).isEqualTo("absent");
    assertThat(listedStatus(item, "asOf=2014-05-31")).isEqualTo("OPEN");
    assertThat(listedStatus(item, "asOf=2014-07-01")).isEqualTo("EVIDENCE_SEEN");

    Instant beforeRetraction = Instant.now();
    api.post("/api/developments/" + started + "/retraction", "{\"reason\": \"wrong project\"}");
    awaitStatus(item, "OPEN");
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(listedStatus(item, "asOf=2014-07-01")).isEqualTo("OPEN");
    assertThat(listedStatus(item, "asOf=2014-07-01&knownAt=" + beforeRetraction))
        .isEqualTo("EVIDENCE_SEEN");
    JsonNode then =
        api.get("/api/watch-items/" + item + "?asOf=2014-07-01&knownAt=" + beforeRetraction).json();
    assertThat(then.path("status").asText()).isEqualTo("EVIDENCE_SEEN");
    assertThat(then.path("knownAt").asText()).isEqualTo(beforeRetraction.toString());
    assertThat(then.at("/evidence/0/withdrawnAt").isMissingNode()).isTrue();
    assertThat(changes(then)).containsExactly("OPENED", "EVIDENCE_LINKED");
  }

  @Test
  void anAnalystsStepsAreDatedByWhatDecidedThemAndTheListFollowsTheDay() {
    String item = watch("2014-12", "2013-09");
    String started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06-10"));
    awaitStatus(item, "EVIDENCE_SEEN");

    Api.Response resolved =
        api.post(
            "/api/watch-items/" + item + "/resolution",
            "{\"outcome\": \"HAPPENED\", \"reason\": \"work began\", \"developmentId\": \""
                + started
                + "\"}");
    Api.Response reopened =
        api.post(
            "/api/watch-items/" + item + "/reopening",
            "{\"reason\": \"work stopped\", \"on\": \"2016-03\"}");
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.json().path("closedOn").asText()).isEqualTo("2014-06-10");
    assertThat(resolved.json().at("/history/2/developmentId").asText()).isEqualTo(started);
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(200);
    assertThat(listedStatus(item, "asOf=2014-06-09")).isEqualTo("OPEN");
    assertThat(listedStatus(item, "asOf=2014-06-10")).isEqualTo("RESOLVED");
    assertThat(listedStatus(item, "asOf=2016-02-29")).isEqualTo("RESOLVED");
    assertThat(listedStatus(item, "asOf=2016-03-15")).isEqualTo("EVIDENCE_SEEN");
    assertThat(
            ids(api.get("/api/watch-items?overdue=true&asOf=2015-01-01&subject=" + project).json()))
        .isEmpty(); // resolved before its review date passed
    assertThat(
            ids(api.get("/api/watch-items?overdue=true&asOf=2016-03-15&subject=" + project).json()))
        .containsExactly(item);
    assertThat(
            ids(
                api.get("/api/watch-items?status=RESOLVED&asOf=2015-01-01&subject=" + project)
                    .json()))
        .containsExactly(item);
  }

  @Test
  void aStepDatedBeforeTheLastOneOrInTheFutureIsRefusedNamingItsDay() {
    String item = watch("2030", "2013-09");

    Api.Response early =
        api.post("/api/watch-items/" + item + "/drop", "{\"reason\": \"stale\", \"on\": \"2012\"}");
    Api.Response future =
        api.post(
            "/api/watch-items/" + item + "/drop",
            "{\"reason\": \"stale\", \"on\": \"" + LocalDate.now().plusDays(2) + "\"}");
    Api.Response malformed =
        api.post(
            "/api/watch-items/" + item + "/resolution",
            "{\"outcome\": \"SOON\", \"reason\": \"x\", \"on\": \"2014-13\"}");

    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().at("/errors/0/field").asText()).isEqualTo("on");
    assertThat(early.json().at("/errors/0/message").asText()).contains("2013-09");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().at("/errors/0/field").asText()).isEqualTo("on");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(fields(malformed.json())).containsExactlyInAnyOrder("outcome", "on");
    assertThat(item(item).path("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void rebuildingTheProjectionsDuplicatesNoEvidence() {
    String item = watch("2030");
    record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
    awaitStatus(item, "EVIDENCE_SEEN");
    Projections.awaitCaughtUp(processing, dataSource);
    long events = count("SELECT count(*) FROM domain_event_entry");
    String listed = listed(item);

    for (String name : List.of(WatchItemProjection.GROUP, WatchRuleMatcher.GROUP)) {
      StreamingEventProcessor p =
          processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
      p.shutDown();
      p.resetTokens();
      p.start();
    }
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(listed(item)).isEqualTo(listed);
    assertThat(
            count(
                "SELECT count(*) FROM watch_step WHERE kind = 'EVIDENCE_LINKED' AND item_id = '"
                    + item
                    + "'"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
    assertThat(evidence(item(item))).hasSize(1);
  }

  /**
   * The rule matcher reads the log in order: when an item is dropped before the matcher reaches a
   * development recorded just before (it lagged: a restart, a lost connection, another instance),
   * the item is no longer watched and no link is recorded — and the matcher's own tables must not
   * keep one either, or a rebuild of them (which only replays recorded links) would differ.
   */
  @Test
  void aDevelopmentTheMatcherReachesAfterTheItemWasDroppedLeavesNoLinkARebuildWouldNotHave() {
    String item = watch("2030");
    Projections.awaitCaughtUp(processing, dataSource);
    StreamingEventProcessor matcher =
        processing
            .eventProcessor(WatchRuleMatcher.GROUP, StreamingEventProcessor.class)
            .orElseThrow();
    matcher.shutDown();
    String started;
    try {
      started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
      Api.Response dropped =
          api.post("/api/watch-items/" + item + "/drop", "{\"reason\": \"out of scope\"}");
      assertThat(dropped.status()).as(dropped.text()).isEqualTo(200);
    } finally {
      matcher.start();
    }
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(
            count(
                "SELECT count(*) FROM watch_rule_link WHERE item_id = '"
                    + item
                    + "' AND development_id = '"
                    + started
                    + "'"))
        .isZero();
    assertThat(evidence(item(item))).isEmpty();

    Map<String, JsonNode> live = checksums();
    for (String name : List.of(WatchItemProjection.GROUP, WatchRuleMatcher.GROUP)) {
      StreamingEventProcessor p =
          processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
      p.shutDown();
      p.resetTokens();
      p.start();
    }
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(checksums()).as("the same tables after a rebuild").isEqualTo(live);
  }

  /**
   * Handling is at least once: a crash between a batch's writes and its token, or a segment moving
   * to another instance, hands events again. The watch tables read nothing and write each step once
   * by its place in its stream, so handling every event of this test twice leaves them as they were
   * — and the rule matcher, seeing the development again, records no second link.
   */
  @Test
  void eventsHandedAgainLeaveTheWatchTablesAsTheyWere() {
    long before = count("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    String item = watch("2030");
    String started = record(milestone(Fixtures.freshId(), "CONSTRUCTION_STARTED", "2014-06"));
    awaitStatus(item, "EVIDENCE_SEEN");
    api.post("/api/developments/" + started + "/retraction", "{\"reason\": \"misread\"}");
    awaitStatus(item, "OPEN");
    Projections.awaitCaughtUp(processing, dataSource);
    Map<String, JsonNode> once = checksums();
    long events = count("SELECT count(*) FROM domain_event_entry");

    for (String name : List.of(WatchItemProjection.GROUP, WatchRuleMatcher.GROUP)) {
      StreamingEventProcessor p =
          processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
      p.shutDown();
      for (int segment : tokens.fetchSegments(name)) {
        tokens.storeToken(GapAwareTrackingToken.newInstance(before, Set.of()), name, segment);
        tokens.releaseClaim(name, segment);
      }
      p.start();
    }
    Projections.awaitCaughtUp(processing, dataSource);

    assertThat(checksums()).isEqualTo(once);
    assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
  }

  /** Each watch projection's table checksums, as operators read them. */
  private Map<String, JsonNode> checksums() {
    Map<String, JsonNode> sums = new TreeMap<>();
    for (String name : List.of(WatchItemProjection.GROUP, WatchRuleMatcher.GROUP)) {
      Api.Response answer = api.get("/api/admin/projections/" + name);
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      sums.put(name, answer.json().path("checksums"));
    }
    return sums;
  }

  @Test
  void impossibleStepsAnswer409NamingTheCurrentState() {
    String item = watch("2030");
    Api.Response reopenOpen =
        api.post("/api/watch-items/" + item + "/reopening", "{\"reason\": \"why not\"}");
    assertThat(reopenOpen.status()).isEqualTo(409);
    assertThat(reopenOpen.json().path("currentStatus").asText()).isEqualTo("OPEN");

    Api.Response resolved =
        api.post(
            "/api/watch-items/" + item + "/resolution",
            "{\"outcome\": \"DID_NOT_HAPPEN\", \"reason\": \"review date passed\"}");
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.json().path("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.json().path("outcome").asText()).isEqualTo("DID_NOT_HAPPEN");

    Api.Response again =
        api.post(
            "/api/watch-items/" + item + "/resolution",
            "{\"outcome\": \"HAPPENED\", \"reason\": \"changed my mind\"}");
    Api.Response drop = api.post("/api/watch-items/" + item + "/drop", "{\"reason\": \"x\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().path("detail").asText()).contains("RESOLVED");
    assertThat(drop.status()).isEqualTo(409);

    Api.Response noReason =
        api.post("/api/watch-items/" + item + "/reopening", "{\"reason\": \" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    Api.Response reopened =
        api.post("/api/watch-items/" + item + "/reopening", "{\"reason\": \"new reports\"}");
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(changes(reopened.json())).containsExactly("OPENED", "RESOLVED", "REOPENED");
    assertThat(reopened.json().path("history").get(1).path("reason").asText())
        .isEqualTo("review date passed");
    assertThat(reopened.json().path("history").get(1).path("by").asText()).isNotBlank();
  }

  @Test
  void anAnalystLinksEvidenceByHandButNotARetractedDevelopment() {
    String item = watch("2030");
    String agreed = record(milestone(Fixtures.freshId(), "AGREED", "2013-09"));
    String gone = record(milestone(Fixtures.freshId(), "AGREED", "2013-10"));
    api.post("/api/developments/" + gone + "/retraction", "{\"reason\": \"duplicate\"}");

    Api.Response linked =
        api.post(
            "/api/watch-items/" + item + "/evidence",
            "{\"developmentId\": \"" + agreed + "\", \"note\": \"agreement precedes work\"}");
    Api.Response retracted =
        api.post("/api/watch-items/" + item + "/evidence", "{\"developmentId\": \"" + gone + "\"}");
    Api.Response unknown =
        api.post(
            "/api/watch-items/" + item + "/evidence",
            "{\"developmentId\": \"" + Fixtures.freshId() + "\"}");

    assertThat(linked.status()).as(linked.text()).isEqualTo(200);
    assertThat(linked.json().path("status").asText()).isEqualTo("EVIDENCE_SEEN");
    assertThat(linked.json().path("evidence").get(0).path("byRule").asBoolean()).isFalse();
    assertThat(retracted.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").get(0).path("field").asText())
        .isEqualTo("developmentId");
  }

  @Test
  void overdueItemsAreListedByReviewDateUntilResolved() {
    String late = watch("2001-05");
    String later = watch("2002");
    String future = watch("2999");
    Projections.awaitCaughtUp(processing, dataSource);

    List<String> overdue = ids(api.get("/api/watch-items?overdue=true&actor=" + chn).json());
    assertThat(overdue).containsExactly(late, later);
    assertThat(item(late).path("overdue").asBoolean()).isTrue();
    assertThat(item(future).path("overdue").asBoolean()).isFalse();

    api.post("/api/watch-items/" + late + "/drop", "{\"reason\": \"overtaken by events\"}");
    Projections.awaitCaughtUp(processing, dataSource);
    assertThat(ids(api.get("/api/watch-items?overdue=true&actor=" + chn).json()))
        .containsExactly(later);
    assertThat(ids(api.get("/api/watch-items?status=DROPPED&subject=" + project).json()))
        .containsExactly(late);
    assertThat(ids(api.get("/api/watch-items?quietMonths=0&actor=" + chn).json()))
        .containsExactly(later, future);
    assertThat(api.get("/api/watch-items?quietMonths=-1").status()).isEqualTo(400);
  }

  /** The item's status in the list with these query parameters ("absent" when not listed). */
  private String listedStatus(String item, String query) {
    JsonNode list = api.get("/api/watch-items?subject=" + project + "&" + query).json();
    for (JsonNode listed : list.path("items")) {
      if (listed.path("id").asText().equals(item)) {
        return listed.path("status").asText();
      }
    }
    return "absent";
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(n -> fields.add(n.path("field").asText()));
    return fields;
  }

  private String listed(String item) {
    return api.get("/api/watch-items?subject=" + project).json().toString();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static List<String> evidence(JsonNode item) {
    List<String> ids = new ArrayList<>();
    item.path("evidence")
        .forEach(
            e -> {
              if (e.path("withdrawnAt").isMissingNode()) {
                ids.add(e.path("developmentId").asText());
              }
            });
    return ids;
  }

  private static List<String> changes(JsonNode item) {
    List<String> changes = new ArrayList<>();
    item.path("history").forEach(c -> changes.add(c.path("change").asText()));
    return changes;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("items").forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }
}
