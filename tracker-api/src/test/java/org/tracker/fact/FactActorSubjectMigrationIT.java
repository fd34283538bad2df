package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.tracker.testing.TestDatabase;

/**
 * V017 keeps each fact's subject beside its actors in {@code fact_actor}, where an actor's
 * agreements are read from: a database that already holds facts gets it filled from them, so no
 * replay is needed after upgrading.
 */
class FactActorSubjectMigrationIT {

  @Test
  void existingActorEntriesGetTheirFactsSubjectWhenUpgrading() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    database.migrate("16");
    try (Connection c = database.connect();
        var statement = c.createStatement()) {
      statement.execute(
          """
          INSERT INTO fact (development_id, version, type, earliest, latest, actors, subject,
                            content, search, recorded_at, position)
          VALUES ('00000000-0000-0000-0000-000000000001', 1, 'AGREEMENT_JOINED', '2005-03-01',
                  '2005-03-31', '{KAZ}', 'pact', '{}', '', now(), 1),
                 ('00000000-0000-0000-0000-000000000002', 1, 'VISIT', '2013-09-01',
                  '2013-09-30', '{CHN,KAZ}', NULL, '{}', '', now(), 2)""");
      statement.execute(
          """
          INSERT INTO fact_actor (actor, earliest, position, development_id, version, type, latest,
                                  recorded_at)
          SELECT a.actor, f.earliest, f.position, f.development_id, f.version, f.type, f.latest,
                 f.recorded_at
          FROM fact f, unnest(f.actors) AS a(actor)""");
    }
    database.migrate("latest");

    assertThat(database.rows("SELECT actor, type, subject FROM fact_actor"))
        .containsExactlyInAnyOrder("KAZ AGREEMENT_JOINED pact", "CHN VISIT null", "KAZ VISIT null");
    assertThat(
            database.rows(
                "SELECT indexname FROM pg_indexes WHERE indexname = 'fact_actor_subject'"))
        .containsExactly("fact_actor_subject");
  }
}
