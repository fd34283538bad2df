package org.tracker.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.tracker.testing.TestDatabase;

/**
 * V018: the directory, which is never rebuilt, says OTHER for the actors an older Tracker
 * registered as GROUP (their events keep GROUP, which is read as OTHER).
 */
class ActorKindMigrationIT {

  @Test
  void actorsRegisteredAsAGroupAreOtherAfterUpgrading() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    database.migrate("16");
    try (Connection c = database.connect();
        var statement = c.createStatement()) {
      statement.execute(
          """
          INSERT INTO actor (code, kind, name_en, name_zh_hant, development_id)
          VALUES ('TALIBAN', 'GROUP', 'Taliban', '塔利班', '00000000-0000-0000-0000-000000000001'),
                 ('KAZ', 'STATE', 'Kazakhstan', '哈薩克', '00000000-0000-0000-0000-000000000002')""");
    }
    database.migrate("latest");

    assertThat(database.rows("SELECT code, kind FROM actor"))
        .containsExactlyInAnyOrder("TALIBAN OTHER", "KAZ STATE");
  }
}
