package org.tracker.development.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Service;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.watch.api.WatchItemOpened;

/**
 * Writes the whole log, in its global order, as the NDJSON the import reads: developments,
 * corrections (with their version) and retractions. Importing it into an empty Tracker rebuilds
 * every projection. Who recorded each event and when stays with the log it came from (see the audit
 * log); the importing instance records its own.
 */
@Service
public class Exporter {

  private final EventStorageEngine events;
  private final ObjectMapper json;

  public Exporter(EventStorageEngine events, ObjectMapper json) {
    this.events = events;
    this.json = json;
  }

  public void writeLog(OutputStream out) {
    try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
      stream.forEach(event -> write(out, line(event.getPayload())));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode line(Object payload) {
    if (payload instanceof DevelopmentRecorded recorded) {
      ObjectNode line = json.createObjectNode();
      line.put("id", recorded.developmentId().toString());
      return content(line, recorded.content());
    }
    if (payload instanceof DevelopmentCorrected corrected) {
      ObjectNode line = json.createObjectNode();
      line.put("correctionOf", corrected.developmentId().toString());
      line.put("version", corrected.version());
      line.put("reason", corrected.reason());
      return content(line, corrected.content());
    }
    if (payload instanceof DevelopmentRetracted retracted) {
      ObjectNode line = json.createObjectNode();
      line.put("retractionOf", retracted.developmentId().toString());
      line.put("reason", retracted.reason());
      return line;
    }
    if (payload instanceof WatchItemOpened opened) {
      ObjectNode line = json.createObjectNode();
      line.put("watchItem", opened.id().value());
      ObjectNode fields = json.valueToTree(opened.content());
      line.setAll(fields);
      return line;
    }
    return null; // not part of the development log
  }

  private ObjectNode content(ObjectNode line, DevelopmentContent content) {
    ObjectNode fields = json.valueToTree(content);
    line.setAll(fields);
    return line;
  }

  private void write(OutputStream out, ObjectNode line) {
    if (line == null) {
      return;
    }
    try {
      out.write(json.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
