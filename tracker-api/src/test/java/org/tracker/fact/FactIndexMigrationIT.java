package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.tracker.testing.TestDatabase;

/**
 * V010 adds the narrow actor and dyad indexes of the facts: a database that already holds facts
 * gets them filled from those facts, so no replay is needed after upgrading.
 */
class FactIndexMigrationIT {

  @Test
  void existingFactsAreIndexedByActorAndDyadWhenUpgrading() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    database.migrate("9");
    try (Connection c = database.connect();
        var statement = c.createStatement()) {
      statement.execute(
          """
          INSERT INTO fact (development_id, version, type, date_text, earliest, latest, actors,
                            content, search, recorded_at, superseded_at, position)
          VALUES ('00000000-0000-0000-0000-000000000001', 1, 'SUMMIT', '2013-09', '2013-09-01',
                  '2013-09-30', '{XI-JINPING,KAZ,CHN}', '{}', '', now(), now(), 1),
                 ('00000000-0000-0000-0000-000000000001', 2, 'SUMMIT', '2013-09', '2013-09-01',
                  '2013-09-30', '{XI-JINPING,KAZ,CHN}', '{}', '', now(), NULL, 2),
                 ('00000000-0000-0000-0000-000000000002', 1, 'ACTOR_REGISTERED', NULL, NULL,
                  NULL, '{}', '{}', '', now(), NULL, 3)""");
    }
    database.migrate("latest");

    assertThat(database.rows("SELECT actor, version, superseded_at IS NULL FROM fact_actor"))
        .containsExactlyInAnyOrder(
            "CHN 1 f", "KAZ 1 f", "XI-JINPING 1 f", "CHN 2 t", "KAZ 2 t", "XI-JINPING 2 t");
    // pairs in code order, as Java compares codes ('-' sorts before letters)
    assertThat(database.rows("SELECT actor_a, actor_b, version FROM fact_dyad WHERE version = 2"))
        .containsExactlyInAnyOrder("CHN KAZ 2", "CHN XI-JINPING 2", "KAZ XI-JINPING 2");
    assertThat(database.rows("SELECT indexname FROM pg_indexes WHERE indexname = 'fact_actors'"))
        .isEmpty();
  }
}
