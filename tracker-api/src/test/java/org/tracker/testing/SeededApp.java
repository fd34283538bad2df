package org.tracker.testing;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;

/**
 * A Tracker on a fresh database with the seed loaded and projected, as a new user first sees it.
 */
public final class SeededApp {

  private SeededApp() {}

  public static SecondApp start() {
    SecondApp app = SecondApp.on(TestDatabase.get().another(), "--tracker.seed.enabled=true");
    awaitProjections(app);
    return app;
  }

  public static void awaitProjections(SecondApp app) {
    Projections.awaitCaughtUp(
        app.bean(EventProcessingConfiguration.class),
        app.bean(DataSource.class),
        Duration.ofSeconds(60));
  }
}
