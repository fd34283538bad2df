package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.testing.Fixtures.freshId;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Two notions of how sure a date is, side by side in every answer: {@code certainty} (has the asked
 * day passed the date's range?) and {@code dateQualifier} (did the source hedge the date?).
 */
@TrackerIntegrationTest
class DateQualifiersIT {

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
  void anUncertainPartnershipDateIsUncertainWhetherTheDayIsCertainOrPossible() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    record(Fixtures.partnership(freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2018?", doc));
    Projections.awaitCaughtUp(processing, dataSource);

    JsonNode later = get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01");
    assertThat(later.at("/partnership/since").asText()).isEqualTo("2018?");
    assertThat(later.at("/partnership/certainty").asText()).isEqualTo("CERTAIN");
    assertThat(later.at("/partnership/dateQualifier").asText()).isEqualTo("UNCERTAIN");

    JsonNode during = get("/api/relationships/" + a + "/" + b + "?asOf=2018-06-30");
    assertThat(during.at("/partnership/certainty").asText()).isEqualTo("POSSIBLE");
    assertThat(during.at("/partnership/dateQualifier").asText()).isEqualTo("UNCERTAIN");

    JsonNode timeline = get("/api/timeline?actor=" + a);
    assertThat(timeline.at("/items/0/dateQualifier").asText()).isEqualTo("UNCERTAIN");
    assertThat(timeline.at("/items/0/certainty").asText()).isEqualTo("CERTAIN");
  }

  @Test
  void aPlainDateHasNoQualifierAtAll() {
    String a = fixtures.actor();
    String b = fixtures.actor();
    record(Fixtures.partnership(freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2018", doc));
    Projections.awaitCaughtUp(processing, dataSource);

    JsonNode partnership =
        get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01").path("partnership");
    assertThat(partnership.path("certainty").asText()).isEqualTo("CERTAIN");
    assertThat(partnership.has("dateQualifier")).isFalse();
  }

  @Test
  void aProjectMilestoneOfAnUncertainDateSaysSoInItsStatusAndItsMilestones() {
    String project = "prj-" + freshId().substring(0, 8);
    record(
        """
        {"type": "PROJECT_DEFINED", "date": "2010", "actors": [],
         "attributes": {"projectId": "%s", "name": {"en": "A line"}},
         "summary": {"en": "A line is defined"}, "sources": [{"document": "%s", "locator": "p. 1"}]}"""
            .formatted(project, doc));
    record(
        """
        {"type": "PROJECT_MILESTONE", "date": "2018?", "actors": [],
         "attributes": {"projectId": "%s", "milestone": "CONSTRUCTION_STARTED", "status": "ACTUAL"},
         "summary": {"en": "Construction may have begun"},
         "sources": [{"document": "%s", "locator": "p. 2"}]}"""
            .formatted(project, doc));
    record(
        """
        {"type": "PROJECT_MILESTONE", "date": "2018", "actors": [],
         "attributes": {"projectId": "%s", "milestone": "COMPLETED", "status": "PLANNED",
                        "expected": "2022~"},
         "summary": {"en": "Completion is expected around 2022"},
         "sources": [{"document": "%s", "locator": "p. 3"}]}"""
            .formatted(project, doc));
    Projections.awaitCaughtUp(processing, dataSource);

    JsonNode view = get("/api/projects/" + project + "?asOf=2020-01-01");
    assertThat(view.path("status").asText()).isEqualTo("CONSTRUCTION_STARTED");
    assertThat(view.path("statusCertainty").asText()).isEqualTo("CERTAIN");
    assertThat(view.path("statusDateQualifier").asText()).isEqualTo("UNCERTAIN");
    JsonNode started = milestone(view, "CONSTRUCTION_STARTED");
    assertThat(started.path("dateQualifier").asText()).isEqualTo("UNCERTAIN");
    assertThat(started.path("certainty").asText()).isEqualTo("CERTAIN");
    JsonNode completion = milestone(view, "COMPLETED");
    assertThat(completion.has("dateQualifier")).isFalse();
    assertThat(completion.path("expectedQualifier").asText()).isEqualTo("APPROXIMATE");
  }

  private static JsonNode milestone(JsonNode project, String which) {
    for (JsonNode m : project.path("milestones")) {
      if (m.path("milestone").asText().equals(which)) {
        return m;
      }
    }
    throw new AssertionError("no " + which + " milestone in " + project);
  }

  private void record(String json) {
    Api.Response response = api.post("/api/developments", json);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
  }

  private JsonNode get(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }
}
