package org.tracker.development.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.tracker.development.importing.ImportReport.Phase;

/** The imports of this instance, running and recent (the last 50), for progress reporting. */
@Component
public class ImportProgress {

  private static final int KEPT = 50;

  private final Clock clock;
  private final Map<String, Tracked> imports =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
              return size() > KEPT;
            }
          });

  public ImportProgress(Clock clock) {
    this.clock = clock;
  }

  /** One import's counters, updated as it goes. */
  public final class Tracked {
    final String id = UUID.randomUUID().toString();
    final Instant startedAt = clock.instant();
    volatile Phase phase = Phase.VALIDATING;
    final AtomicLong lines = new AtomicLong();
    final AtomicLong recorded = new AtomicLong();
    final AtomicLong corrected = new AtomicLong();
    final AtomicLong retracted = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    volatile Instant finishedAt;
    volatile String problem;

    void finish(Phase end, String why) {
      phase = end;
      problem = why;
      finishedAt = clock.instant();
    }

    public String id() {
      return id;
    }

    public ImportReport report() {
      return new ImportReport(
          id,
          phase,
          lines.get(),
          recorded.get(),
          corrected.get(),
          retracted.get(),
          unchanged.get(),
          startedAt,
          finishedAt,
          problem);
    }
  }

  Tracked start() {
    Tracked tracked = new Tracked();
    imports.put(tracked.id, tracked);
    return tracked;
  }

  public Optional<ImportReport> find(String id) {
    return Optional.ofNullable(imports.get(id)).map(Tracked::report);
  }

  /** Newest first. */
  public List<ImportReport> all() {
    List<ImportReport> reports = new ArrayList<>();
    synchronized (imports) {
      imports.values().forEach(t -> reports.add(0, t.report()));
    }
    return reports;
  }
}
