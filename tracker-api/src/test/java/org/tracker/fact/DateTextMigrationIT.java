package org.tracker.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.tracker.testing.TestDatabase;

/**
 * V016 drops {@code date_text} from the facts and the catalog (written, never read): a database
 * that holds rows keeps them, with their date in the content and its range in earliest/latest.
 */
class DateTextMigrationIT {

  @Test
  void upgradingDropsTheUnreadDateTextAndKeepsTheRows() throws Exception {
    TestDatabase database = TestDatabase.get().another();
    database.migrate("14"); // before V016 drops the column
    try (Connection c = database.connect();
        var statement = c.createStatement()) {
      statement.execute(
          """
          INSERT INTO fact (development_id, version, type, date_text, earliest, latest, actors,
                            content, search, recorded_at, position)
          VALUES ('00000000-0000-0000-0000-000000000001', 1, 'SUMMIT', '2013-09', '2013-09-01',
                  '2013-09-30', '{KAZ,CHN}', '{"date":"2013-09"}', '', now(), 1)""");
      statement.execute(
          """
          INSERT INTO development (development_id, type, date_text, content, recorded_at,
                                   recorded_by, version, retracted)
          VALUES ('00000000-0000-0000-0000-000000000001', 'SUMMIT', '2013-09',
                  '{"date":"2013-09"}', now(), 'analyst', 1, FALSE)""");
    }
    database.migrate("latest");

    assertThat(database.rows("SELECT type, earliest, latest, content FROM fact"))
        .containsExactly("SUMMIT 2013-09-01 2013-09-30 {\"date\":\"2013-09\"}");
    assertThat(database.rows("SELECT type, content FROM development"))
        .containsExactly("SUMMIT {\"date\":\"2013-09\"}");
    assertThat(
            database.rows(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'date_text'"))
        .isEmpty();
  }
}
