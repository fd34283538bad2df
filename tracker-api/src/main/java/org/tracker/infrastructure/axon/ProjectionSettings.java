package org.tracker.infrastructure.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * The settings of each streaming projection's processor, made from its declaration: a pooled
 * streaming processor with the declared number of segments (and as many threads), up to {@link
 * #BATCH_SIZE} events per transaction, and a dead-letter queue (ADR 0008). They sit below every
 * other source, so {@code application.properties} or the environment can still override one ({@code
 * axon.eventhandling.processors.<name>.*}). Registered in {@code META-INF/spring.factories}.
 */
public class ProjectionSettings implements EnvironmentPostProcessor {

  /** Events handled per transaction (and per JDBC batch, {@link BatchedStatements}). */
  static final int BATCH_SIZE = 100;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource("projections", settings()));
  }

  static Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (Projection projection : Projections.rebuildable()) {
      String prefix = "axon.eventhandling.processors." + projection.name() + ".";
      settings.put(prefix + "mode", "pooled");
      settings.put(prefix + "batch-size", BATCH_SIZE);
      settings.put(prefix + "thread-count", projection.segments());
      settings.put(prefix + "initial-segment-count", projection.segments());
      settings.put(prefix + "dlq.enabled", true);
    }
    return settings;
  }
}
