package org.tracker.development.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Service;

/**
 * Writes the whole log, in its global order, as the NDJSON the import reads: developments,
 * corrections (with their version) and retractions. Importing it into an empty Tracker rebuilds
 * every projection. Who recorded each event and when stays with the log it came from (see the audit
 * log); the importing instance records its own.
 */
@Service
public class Exporter {

  private final EventStorageEngine events;
  private final LogFormat format;

  public Exporter(EventStorageEngine events, LogFormat format) {
    this.events = events;
    this.format = format;
  }

  public void writeLog(OutputStream out) {
    try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
      stream.forEach(event -> write(out, event.getPayload(), event.getTimestamp()));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(OutputStream out, Object event, java.time.Instant recordedAt) {
    try {
      String line = format.write(event, recordedAt);
      if (line == null) {
        return;
      }
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
