package org.tracker.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.admin.generations.GenerationPointers;
import org.tracker.directory.api.DirectoryGroup;
import org.tracker.projection.Projections;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Projection;
import org.tracker.shared.Refusal;

/**
 * The log, whole and exact, for an auditor or a restore: every event with its position, id, stream,
 * sequence, type, recording time, payload type and revision, payload and metadata (who recorded it)
 * as stored. Restoring an archive into an empty log writes the same rows, so every projection,
 * every {@code knownAt} answer and the audit log come back the same. (The NDJSON export stays the
 * interchange format between teams: it carries content, not the record.)
 */
@Service
public class Archive {

  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final Serializer eventSerializer;
  private final org.axonframework.config.Configuration axon;
  private final EventProcessingConfiguration processing;
  private final GenerationPointers pointers;
  private final ProjectionAdmin projections;

  public Archive(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      ObjectMapper json,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      org.axonframework.config.Configuration axon,
      EventProcessingConfiguration processing,
      GenerationPointers pointers,
      ProjectionAdmin projections) {
    this.pointers = pointers;
    this.projections = projections;
    this.eventSerializer = eventSerializer;
    this.axon = axon;
    this.processing = processing;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(transactions);
    this.transactions.setReadOnly(true);
    this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.json = json.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  /** A refused restore: the log already holds events (a restore only fills an empty one). */
  public static final class NotEmpty extends Refusal {
    NotEmpty(long events) {
      super(
          Category.CONFLICT,
          "the log already holds "
              + events
              + " events; an archive is restored into an empty store only (start Tracker on an"
              + " empty database with the seed off: TRACKER_SEED=false)");
    }
  }

  /**
   * Writes the whole log, one JSON line per event in log order, after a header line ({@link
   * ArchiveWriter}), from one snapshot of it.
   */
  public void write(OutputStream out) {
    transactions.executeWithoutResult(
        tx ->
            jdbc.execute(
                (ConnectionCallback<Long>)
                    connection -> {
                      try {
                        return ArchiveWriter.write(connection, out);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }));
  }

  /**
   * Restores an archive into the empty log, all or nothing: every line checked (a bad one is named,
   * and nothing is written), the rows written as they were, positions included.
   *
   * @return how many events were restored
   */
  public long restore(InputStream in) {
    TransactionTemplate writing = new TransactionTemplate(transactions.getTransactionManager());
    long restored =
        writing.execute(
            tx -> {
              Long events =
                  jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
              if (events != null && events > 0) {
                throw new NotEmpty(events);
              }
              try {
                return restoreLines(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    projections.forgetFirstBuilds(); // what this instance took as built is built no more
    return restored;
  }

  /**
   * The directory (actors, documents, rungs) is written in the transaction that appends a
   * registration; rows restored by SQL have had no such transaction, so each batch of restored
   * events, read as the log reads them (upcast, deserialised), goes through the directory's own
   * handlers in the restoring transaction.
   */
  private void registerInTheDirectory(List<TrackedDomainEventData<String>> restored) {
    EventHandlerInvoker directory =
        processing
            .eventProcessor(DirectoryGroup.NAME, AbstractEventProcessor.class)
            .orElseThrow()
            .eventHandlerInvoker();
    EventUtils.upcastAndDeserializeTrackedEvents(
            restored.stream(), eventSerializer, axon.upcasterChain())
        .forEach(
            event ->
                DefaultUnitOfWork.startAndGet(event)
                    .execute(
                        () -> {
                          try {
                            directory.handle(event, Segment.ROOT_SEGMENT);
                          } catch (Exception e) {
                            throw new Unreadable(event, e);
                          }
                        }));
  }

  private long restoreLines(BufferedReader lines) throws IOException {
    String first = lines.readLine();
    JsonNode header = first == null ? null : parse(1, first);
    if (header == null
        || !ArchiveWriter.FORMAT.equals(header.path("format").asText())
        || header.path("version").asInt() != ArchiveWriter.VERSION) {
      throw invalid(
          1,
          "must be the archive's header {\"format\": \""
              + ArchiveWriter.FORMAT
              + "\", \"version\": 1}");
    }
    List<Object[]> batch = new ArrayList<>();
    long number = 1;
    long restored = 0;
    long last = 0;
    String text;
    while ((text = lines.readLine()) != null) {
      number++;
      if (text.isEmpty()) {
        continue;
      }
      JsonNode line = parse(number, text);
      long position = whole(number, line, "position");
      if (position <= last) {
        throw invalid(number, "position " + position + " is not after the previous one, " + last);
      }
      last = position;
      batch.add(
          new Object[] {
            position,
            text(number, line, "eventId", true),
            text(number, line, "aggregate", true),
            whole(number, line, "sequence"),
            text(number, line, "aggregateType", false),
            timestamp(number, line),
            text(number, line, "payloadType", true),
            text(number, line, "payloadRevision", false),
            text(number, line, "payload", true),
            text(number, line, "metaData", false)
          });
      if (batch.size() == BATCH) {
        restored += insert(batch);
      }
    }
    restored += insert(batch);
    // the chain writer seals the restored events from position 1, giving the archive's hashes
    if (restored > 0) {
      followTheArchive(last);
      // every projection builds from the restored log: until then what it serves answers 503
      for (Projection projection : Projections.rebuildable()) {
        pointers.firstBuildUpTo(projection.name(), last);
      }
    }
    return restored;
  }

  /**
   * The next append follows the archive's last position, as it would have in the archived log. The
   * application's database user may use the position sequence but not set it (ADR 0020), so the
   * sequence is advanced by drawing from it up to that position.
   */
  private void followTheArchive(long last) {
    String sequence =
        jdbc.queryForObject(
            "SELECT pg_get_serial_sequence('domain_event_entry', 'global_index')", String.class);
    long next =
        jdbc.queryForObject(
            "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence,
            Long.class);
    if (next <= last) {
      jdbc.queryForObject(
          "SELECT max(nextval(?::regclass)) FROM generate_series(?::bigint, ?::bigint)",
          Long.class,
          sequence,
          next,
          last);
    }
  }

  private int insert(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    jdbc.batchUpdate(
        "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
            + " meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        rows.size(),
        (PreparedStatement ps, Object[] row) -> {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
        });
    List<TrackedDomainEventData<String>> events = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      events.add(
          new TrackedDomainEventData<>(
              new GlobalSequenceTrackingToken((Long) row[0]),
              new GenericDomainEventEntry<>(
                  (String) row[4],
                  (String) row[2],
                  (Long) row[3],
                  (String) row[1],
                  row[5],
                  (String) row[6],
                  (String) row[7],
                  (String) row[8],
                  (String) row[9])));
    }
    registerInTheDirectory(events);
    int n = rows.size();
    rows.clear();
    return n;
  }

  private JsonNode parse(long number, String text) {
    try (JsonParser parser = json.createParser(text)) {
      JsonNode node = json.readTree(parser);
      if (node == null || !node.isObject() || parser.nextToken() != null) {
        throw invalid(number, "must be one JSON object");
      }
      return node;
    } catch (IOException e) {
      throw invalid(number, "is not valid JSON");
    }
  }

  private static long whole(long number, JsonNode line, String field) {
    JsonNode value = line.path(field);
    if (!value.canConvertToExactIntegral() || !value.isIntegralNumber() || value.asLong() < 0) {
      throw invalid(number, "`" + field + "` must be a whole number, not negative");
    }
    return value.asLong();
  }

  /** The recording time as Axon stores it: an ISO-8601 instant. */
  private static String timestamp(long number, JsonNode line) {
    String text = text(number, line, "timestamp", true);
    try {
      Instant.parse(text);
      return text;
    } catch (DateTimeParseException e) {
      throw invalid(number, "`timestamp` must be an instant such as 2013-09-07T10:00:00Z");
    }
  }

  private static String text(long number, JsonNode line, String field, boolean required) {
    JsonNode value = line.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw invalid(number, "`" + field + "` is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(number, "`" + field + "` must be a string");
    }
    return value.asText();
  }

  private static BadLine invalid(long number, String message) {
    return new BadLine(number, message);
  }

  /**
   * An event of the archive its readers cannot take (a payload that is not one): nothing written.
   */
  public static final class Unreadable extends Refusal {
    Unreadable(TrackedEventMessage<?> event, Exception cause) {
      super(
          Category.INVALID,
          List.of(
              new FieldViolation(
                  "position " + event.trackingToken().position().orElse(-1),
                  "event "
                      + event.getIdentifier()
                      + " cannot be read as "
                      + event.getPayloadType().getSimpleName()
                      + ": "
                      + cause.getMessage())));
    }
  }

  /** A line of an archive that is not one: named, and nothing is written. */
  public static final class BadLine extends Refusal {
    BadLine(long number, String message) {
      super(Category.INVALID, List.of(new FieldViolation("line " + number, message)));
    }
  }
}
