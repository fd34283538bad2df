package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The connection's own search_path, told apart from the generations' schemas put before it. */
class LiveGenerationsTest {

  @Test
  void theGenerationsBeforeTheConnectionsOwnPathAreLeftOut() {
    assertThat(
            LiveGenerations.withoutGenerations(
                "catalog_g0, facts_g1, watch_items_g0, watch_rules_g1, \"$user\", public"))
        .isEqualTo("\"$user\", public");
  }

  @Test
  void aPathWithoutGenerationsIsTheConnectionsOwn() {
    assertThat(LiveGenerations.withoutGenerations("\"$user\", public"))
        .isEqualTo("\"$user\", public");
    assertThat(LiveGenerations.withoutGenerations("tracker")).isEqualTo("tracker");
  }

  @Test
  void aSchemaOfTheDeploymentsOwnIsKeptEvenAfterTheGenerations() {
    assertThat(LiveGenerations.withoutGenerations("facts_g0, catalog_g1, tracker, public"))
        .isEqualTo("tracker, public");
  }
}
