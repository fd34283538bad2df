package org.tracker.development.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the seed — the 2013 Central Asia article, encoded (docs/seed.md) — into an empty Tracker on
 * its first start, through the same import any file goes through. A store holding anything at all
 * is left alone, and loading the seed again would add nothing anyway. {@code tracker.seed.enabled
 * =false} (env {@code TRACKER_SEED=false}) turns it off.
 */
@Component
public class SeedLoader {

  private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

  private final Importer importer;
  private final JdbcClient jdbc;
  private final Resource seed;
  private final boolean enabled;

  public SeedLoader(
      Importer importer,
      JdbcClient jdbc,
      @Value("${tracker.seed.location}") Resource seed,
      @Value("${tracker.seed.enabled}") boolean enabled) {
    this.importer = importer;
    this.jdbc = jdbc;
    this.seed = seed;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void loadIntoAnEmptyStore() {
    if (!enabled) {
      return;
    }
    boolean empty =
        jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM domain_event_entry)")
            .query(Boolean.class)
            .single();
    if (!empty) {
      log.info("the log already holds events: the seed is not loaded");
      return;
    }
    try {
      ImportReport report = load();
      log.atInfo()
          .addKeyValue("seed.recorded", report.recorded())
          .log("seed {} loaded: {} records written", seed.getFilename(), report.recorded());
    } catch (RuntimeException e) {
      // Tracker works without its seed; say so loudly and carry on
      log.error("the seed {} could not be loaded: {}", seed.getFilename(), e.getMessage());
    }
  }

  /** Imports the seed file (whatever the store holds); returns the import's report. */
  public ImportReport load() {
    try (InputStream in = seed.getInputStream()) {
      return importer.run(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed " + seed, e);
    }
  }
}
