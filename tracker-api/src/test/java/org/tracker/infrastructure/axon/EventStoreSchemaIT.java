package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.infrastructure.database.DatabaseConfiguration.EmbeddedServer;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

@TrackerIntegrationTest
class EventStoreSchemaIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedServer embeddedServer;
  @Autowired EventProcessingConfiguration processing;

  @Test
  void everyTableIsCreatedByFlywayAndNoneByAxon() {
    List<String> tables =
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " ORDER BY table_name")
            .query(String.class)
            .list();
    List<String> migrations =
        jdbc.sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
            .query(String.class)
            .list();

    assertThat(tables)
        .containsExactlyInAnyOrder(
            "flyway_schema_history",
            "domain_event_entry",
            "snapshot_event_entry",
            "token_entry",
            "dead_letter_entry",
            "actor",
            "document",
            "development",
            "fact",
            "fact_actor",
            "fact_dyad",
            "watch_item",
            "watch_step",
            "watch_rule",
            "watch_rule_link",
            "tracker_node",
            "ladder_rung",
            "event_seal");
    assertThat(migrations).startsWith("V001__event_store.sql", "V002__registry.sql");
  }

  @Test
  void consecutiveAppendsTakeConsecutivePositions() {
    Fixtures fixtures = new Fixtures(new Api(port));
    long before = head();

    for (int i = 0; i < 5; i++) {
      fixtures.actor();
    }

    List<Long> positions =
        jdbc.sql("SELECT global_index FROM domain_event_entry WHERE global_index > ? ORDER BY 1")
            .param(before)
            .query(Long.class)
            .list();
    assertThat(positions).hasSize(5);
    assertThat(positions.get(4) - positions.get(0)).isEqualTo(4);
  }

  @Test
  void projectionsParkPoisonEventsInTheJdbcDeadLetterQueue() {
    var queue = processing.deadLetterQueue("facts");

    assertThat(queue).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
    assertThat(queue.orElseThrow().size()).isZero(); // answered by SQL on dead_letter_entry
  }

  @Test
  void withADatabaseUrlNoEmbeddedServerIsStarted() {
    assertThat(embeddedServer.database()).isEmpty();
  }

  private long head() {
    return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
        .query(Long.class)
        .single();
  }
}
