package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SmallWorld;
import org.tracker.testing.TestDatabase;

/**
 * Migrations run as the owner of the tables, the application as a user that can append to the event
 * log and nothing more (ADR 0020), on an installation that ran with one credential before.
 */
class LeastPrivilegeIT {

  static TestDatabase.Roles roles;
  static TestDatabase database;
  static SecondApp tracker;
  static String recordedBefore;
  static List<String> rightsBefore;

  @BeforeAll
  static void anInstallationThatRanAsItsOwnerGetsAnApplicationUser() {
    roles = TestDatabase.get().anotherWithRoles();
    database = roles.database();
    // before ADR 0020: one credential, the owner's, for the migrations and the application
    try (SecondApp before =
        SecondApp.start(
            "--tracker.db.url=" + database.url(),
            "--tracker.db.user=" + roles.owner(),
            "--tracker.db.password=" + TestDatabase.Roles.PASSWORD)) {
      recordedBefore = new Fixtures(before.api()).actor();
      rightsBefore = before.bean(DatabaseRights.class).beyondAppending();
    }
    tracker = SecondApp.start(roles.trackerArgs());
  }

  @AfterAll
  static void stop() {
    if (tracker != null) {
      tracker.close();
    }
  }

  @Test
  void theApplicationsUserIsRefusedEveryChangeToTheLogButAnAppend() throws SQLException {
    try (Connection c =
        DriverManager.getConnection(database.url(), roles.app(), TestDatabase.Roles.PASSWORD)) {
      assertRefused(c, "UPDATE domain_event_entry SET payload = '{}'", "permission denied");
      assertRefused(c, "DELETE FROM domain_event_entry", "permission denied");
      assertRefused(c, "TRUNCATE domain_event_entry", "permission denied");
      assertRefused(c, "ALTER TABLE domain_event_entry ADD COLUMN note TEXT", "must be owner");
      assertRefused(
          c,
          "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only",
          "must be owner");
      assertRefused(c, "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL", "must be owner");
      assertRefused(c, "SET session_replication_role = replica", "permission denied");
      assertRefused(c, "DROP TABLE domain_event_entry", "must be owner");
      assertRefused(c, "CREATE TABLE somewhere_else (note TEXT)", "permission denied");
      assertRefused(
          c,
          "INSERT INTO flyway_schema_history SELECT * FROM flyway_schema_history LIMIT 1",
          "permission denied");
    }
    assertThat(tracker.bean(DatabaseRights.class).beyondAppending()).isEmpty();
  }

  @Test
  void aTableTheOwnerCreatesLaterIsTheApplicationsToWriteWithoutAnotherGrant() throws SQLException {
    String password = TestDatabase.Roles.PASSWORD;
    try (Connection owner = DriverManager.getConnection(database.url(), roles.owner(), password)) {
      owner.createStatement().execute("CREATE TABLE made_later (note TEXT)");
    }
    try (Connection c = DriverManager.getConnection(database.url(), roles.app(), password)) {
      c.createStatement().execute("INSERT INTO made_later VALUES ('written')");
      c.createStatement().execute("UPDATE made_later SET note = 'rewritten'");
      var rs = c.createStatement().executeQuery("SELECT note FROM made_later");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("rewritten");
    }
  }

  @Test
  void beforeTheSplitTheApplicationRanWithTheOwnersRightsAndSaidSo() {
    assertThat(rightsBefore).contains("owns the event log", "UPDATE", "DELETE", "TRUNCATE");
    assertThat(new DatabaseRights(superuser()).beyondAppending()).contains("is a superuser");
  }

  @Test
  void theApplicationAsThatUserRecordsImportsCorrectsRebuildsAndAnswers() {
    Api api = tracker.api();
    assertThat(api.get("/api/actors/" + recordedBefore).status()).isEqualTo(200);
    SmallWorld world = SmallWorld.recordedThrough(api);
    awaitSettled();
    Map<String, String> answers = world.answers(api);
    assertThat(answers.values()).allMatch(answer -> answer.startsWith("200 "));
    assertThat(answers.get(world.relationship())).contains("STRATEGIC_PARTNERSHIP");
    assertThat(answers.get(world.relationshipAsKnownBeforeTheCorrection()))
        .contains("\"PARTNERSHIP\"")
        .doesNotContain("STRATEGIC_PARTNERSHIP");
    Map<String, JsonNode> checksums = SmallWorld.checksums(api);
    assertThat(checksums).containsKeys("facts", "catalog", "watch-items");

    for (String projection : checksums.keySet()) {
      Api.Response started = api.post("/api/admin/projections/" + projection + "/rebuild", "");
      assertThat(started.status()).as(projection + ": " + started.text()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  api.get("/api/admin/projections/" + projection)
                      .json()
                      .path("state")
                      .asText()
                      .equals("RUNNING"));
    }
    awaitSettled();
    assertThat(SmallWorld.checksums(api)).isEqualTo(checksums);
    assertThat(world.answers(api)).isEqualTo(answers);
    assertThat(api.get("/api/admin/dead-letters").json().path("deadLetters")).isEmpty();
  }

  private static void awaitSettled() {
    SmallWorld.awaitSettled(tracker);
  }

  private static void assertRefused(Connection c, String sql, String why) {
    assertThatThrownBy(() -> c.createStatement().execute(sql))
        .as(sql)
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
        .hasMessageContaining(why);
  }

  private static DataSource superuser() {
    return new DriverManagerDataSource(database.url(), database.user(), database.password());
  }
}
