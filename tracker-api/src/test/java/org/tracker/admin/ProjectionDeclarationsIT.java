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
  void everyDeclaredTableExistsInTheMigratedDatabase() {
    List<String> tables =
        jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
            .query(String.class)
            .list();

    for (Projection projection : Projections.ALL) {
      assertThat(tables).as(projection.name()).containsAll(projection.tables());
    }
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
