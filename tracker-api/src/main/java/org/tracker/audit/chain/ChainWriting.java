package org.tracker.audit.chain;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ChainWriter} in this instance: a round every {@code tracker.audit.seal-interval},
 * each sealing everything settled since the last. Every instance runs one; the writer's lock lets
 * one seal at a time, so a second instance's rounds simply find nothing to do while the first holds
 * it, and take over when it stops.
 */
@Component
public class ChainWriting implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ChainWriting.class);

  private final ChainWriter writer;
  private final ChainSettings settings;
  private ScheduledExecutorService timer;
  private volatile boolean failing;

  public ChainWriting(DataSource dataSource, ChainSettings settings) {
    this.writer =
        new ChainWriter(dataSource, Math.max(1, settings.sealBatch()), settings.gapSettle());
    this.settings = settings;
  }

  /** Seals what is settled now, in the caller's thread (tests, benchmarks). */
  public long sealNow() throws SQLException {
    return writer.sealPending();
  }

  private void round() {
    try {
      long sealed = writer.sealPending();
      if (failing) {
        log.info("the chain writer seals again ({} sealed this round)", sealed);
        failing = false;
      }
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        log.warn("the chain writer could not seal this round, retrying: {}", e.getMessage());
        failing = true;
      }
    }
  }

  @Override
  public void start() {
    if (!settings.sealing()) {
      log.info("the chain writer does not run in this instance (tracker.audit.sealing=false)");
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "chain-writer");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(10, settings.sealInterval().toMillis());
    timer.scheduleWithFixedDelay(this::round, 0, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
