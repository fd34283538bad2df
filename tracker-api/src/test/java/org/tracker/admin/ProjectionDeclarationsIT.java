package org.tracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Every projection is declared once ({@link Projections}), and the running application is what the
 * declarations say: no projection class without a declaration, no declared table missing from the
 * migrated database, each processor run as declared.
 */
@TrackerIntegrationTest
class ProjectionDeclarationsIT {

  @Autowired JdbcClient jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TokenStore tokens;

  @Test
  void everyProjectionClassIsDeclaredAndEveryDeclarationHasItsClass() {
    Map<String, String> groups = new TreeMap<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tracker")) {
      if (type.isAnnotatedWith(ProcessingGroup.class)) {
        groups.put(type.getAnnotationOfType(ProcessingGroup.class).value(), type.getSimpleName());
      }
    }

    assertThat(groups.keySet())
        .as("processing groups of %s", groups.values())
        .containsExactlyInAnyOrderElementsOf(
            Projections.ALL.stream().map(Projection::name).toList());
  }

  @Test
  void everyDeclaredTableExistsInTheMigratedDatabaseInBothGenerationsAlike() {
    for (Projection projection : Projections.ALL) {
      if (!projection.rebuildable()) {
        assertThat(tablesIn("public")).as(projection.name()).containsAll(projection.tables());
        continue;
      }
      String spare = schema(projection, 1);
      assertThat(tablesIn(schema(projection, 0)))
          .as(projection.name())
          .containsExactlyInAnyOrderElementsOf(projection.tables())
          .isEqualTo(tablesIn(spare));
      assertThat(definitions(schema(projection, 0)))
          .as("%s: the two generations' columns and indexes", projection.name())
          .isEqualTo(definitions(spare));
      assertThat(tablesIn("public"))
          .as(projection.name())
          .doesNotContainAnyElementsOf(projection.tables());
    }
    assertThat(
            jdbc.sql("SELECT projection FROM projection_generation ORDER BY projection")
                .query(String.class)
                .list())
        .as("a pointer row per rebuildable projection")
        .containsExactlyInAnyOrderElementsOf(
            Projections.rebuildable().stream().map(Projection::name).toList());
  }

  private static String schema(Projection projection, int generation) {
    return projection.name().replace('-', '_') + "_g" + generation;
  }

  private List<String> tablesIn(String schema) {
    return jdbc.sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " ORDER BY table_name")
        .param(schema)
        .query(String.class)
        .list();
  }

  /** Columns with their types and indexes by definition (their names differ), of a schema. */
  private List<String> definitions(String schema) {
    return jdbc.sql(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                   || ' ' || coalesce(column_default, '') AS d
              FROM information_schema.columns WHERE table_schema = :schema
            UNION ALL
            SELECT replace(regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON'), :schema || '.', '')
              FROM pg_indexes WHERE schemaname = :schema
            ORDER BY d
            """)
        .param("schema", schema)
        .query(String.class)
        .list();
  }

  @Test
  void eachProjectionRunsAsDeclared() {
    for (Projection projection : Projections.ALL) {
      EventProcessor processor =
          processing.eventProcessor(projection.name(), EventProcessor.class).orElseThrow();
      if (projection.rebuildable()) {
        assertThat(processor)
            .as(projection.name())
            .isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(tokens.fetchSegments(projection.name()))
            .as(projection.name())
            .hasSize(projection.segments());
        assertThat(processing.deadLetterQueue(projection.name())).as(projection.name()).isPresent();
      } else {
        assertThat(processor).as(projection.name()).isInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.deadLetterQueue(projection.name())).as(projection.name()).isEmpty();
      }
    }
  }
}
