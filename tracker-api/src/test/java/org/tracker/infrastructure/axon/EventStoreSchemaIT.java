package org.tracker.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                    + " ORDER BY 1")
            .query(String.class)
            .list();
    List<String> migrations =
        jdbc.sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
            .query(String.class)
            .list();

    List<String> expected =
        new ArrayList<>(
            List.of(
                "public.flyway_schema_history",
                "public.domain_event_entry",
                "public.snapshot_event_entry",
                "public.token_entry",
                "public.dead_letter_entry",
                "public.actor",
                "public.document",
                "public.tracker_node",
                "public.ladder_rung",
                "public.event_seal",
                "public.projection_generation"));
    for (int generation = 0; generation < 2; generation++) { // ADR 0021
      for (String table : List.of("fact", "fact_actor", "fact_dyad")) {
        expected.add("facts_g" + generation + "." + table);
      }
      expected.add("catalog_g" + generation + ".development");
      expected.add("watch_items_g" + generation + ".watch_item");
      expected.add("watch_items_g" + generation + ".watch_step");
      expected.add("watch_rules_g" + generation + ".watch_rule");
      expected.add("watch_rules_g" + generation + ".watch_rule_link");
    }
    assertThat(tables).containsExactlyInAnyOrderElementsOf(expected);
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
