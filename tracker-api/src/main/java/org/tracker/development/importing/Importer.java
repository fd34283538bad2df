package org.tracker.development.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.development.Development;
import org.tracker.development.DevelopmentIds;
import org.tracker.development.DevelopmentLog;
import org.tracker.development.DevelopmentValidator;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.Registrations;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.RetractionDraft;
import org.tracker.development.importing.ImportProgress.Tracked;
import org.tracker.development.importing.ImportReport.Phase;
import org.tracker.directory.api.Directory;
import org.tracker.directory.api.DirectoryGroup;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.infrastructure.security.SecuritySettings;
import org.tracker.infrastructure.web.JsonErrors;
import org.tracker.shared.ActorCode;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.MetaDataKeys;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIntake;

/**
 * Imports NDJSON, all or nothing, in two phases.
 *
 * <ol>
 *   <li><b>Validate</b> while streaming the upload: every line is checked (shape, vocabulary,
 *       references — including actors and documents registered earlier in the file — and
 *       idempotency); valid lines are spooled to a temporary file, so memory does not grow with the
 *       file. Any bad line: the whole file is refused, naming every bad line, and nothing is
 *       written.
 *   <li><b>Write</b> the spooled lines in one transaction holding the {@link AppendLock}
 *       exclusively: new developments are appended in batches, corrections and retractions go
 *       through the aggregate (its rules apply). A failure rolls everything back.
 * </ol>
 *
 * A line already recorded with the same content (same id; a line without id gets one from its
 * content, a registration one from its code) is left as it is: importing a file again adds nothing.
 */
@Service
public class Importer {

  /** Longest line accepted. */
  public static final int MAX_LINE = 1 << 20;

  private static final Logger log = LoggerFactory.getLogger(Importer.class);
  private static final String AGGREGATE_TYPE = Development.class.getSimpleName();
  private static final int CHUNK = 1000;
  private static final int BATCH = 500;
  private static final SerializedType RECORDED_TYPE =
      new SimpleSerializedType(
          DevelopmentRecorded.class.getName(),
          DevelopmentRecorded.class
              .getAnnotation(org.axonframework.serialization.Revision.class)
              .value());

  private final ObjectMapper wire;
  private final ObjectMapper store;
  private final DevelopmentLog developments;
  private final Directory directory;
  private final EventStore eventStore;
  private final EventStorageEngine storageEngine;
  private final Serializer eventSerializer;
  private final Clock clock;
  private final CommandGateway commands;
  private final Authorship authorship;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;
  private final ImportProgress progress;
  private final WatchItemIntake watchItems;
  private final long maxLines;

  public Importer(
      ObjectMapper wire,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper store,
      DevelopmentLog developments,
      Directory directory,
      EventStore eventStore,
      EventStorageEngine storageEngine,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Clock clock,
      EventProcessingConfiguration processing,
      CommandGateway commands,
      Authorship authorship,
      PlatformTransactionManager transactions,
      DataSource dataSource,
      ImportProgress progress,
      WatchItemIntake watchItems,
      SecuritySettings security) {
    this.maxLines = security.limits().importLines();
    this.wire = wire;
    this.store = store;
    this.developments = developments;
    this.directory = directory;
    this.eventStore = eventStore;
    this.storageEngine = storageEngine;
    this.eventSerializer = eventSerializer;
    this.clock = clock;
    onlyTheDirectorySubscribes(processing);
    this.commands = commands;
    this.authorship = authorship;
    this.transaction = new TransactionTemplate(transactions);
    this.dataSource = dataSource;
    this.progress = progress;
    this.watchItems = watchItems;
  }

  /**
   * The import appends ordinary developments without the event bus; that is only right while no
   * subscribing processor but the directory (which reacts to registrations alone) exists.
   */
  static void onlyTheDirectorySubscribes(EventProcessingConfiguration processing) {
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              if (processor instanceof SubscribingEventProcessor
                  && !name.equals(DirectoryGroup.NAME)) {
                throw new IllegalStateException(
                    "subscribing processor '"
                        + name
                        + "' would not see imported developments; make it a streaming one or"
                        + " teach Importer to publish to it");
              }
            });
  }

  /** A line of the spool: what phase 2 writes, with the line it came from. */
  record Spooled(
      char kind,
      long line,
      String id,
      int version,
      String reason,
      DevelopmentContent content,
      String payload) {}

  /**
   * Imports a file.
   *
   * @throws ImportRejected naming the bad lines (nothing written)
   * @throws ImportConflict when writing met a conflict (nothing written)
   */
  public ImportReport run(InputStream body) {
    Tracked tracked = progress.start();
    Path spool = null;
    try {
      spool = Files.createTempFile("tracker-import-", ".ndjson");
      long started = System.nanoTime();
      Validation validation = new Validation(tracked, spool);
      validation.readAll(body);
      long validated = System.nanoTime();
      if (validation.errorCount > 0) {
        ImportRejected rejected =
            new ImportRejected(
                validation.errors, validation.errorCount, validation.badLines, tracked.lines.get());
        tracked.finish(Phase.REJECTED, rejected.getMessage());
        throw rejected;
      }
      tracked.phase = Phase.WRITING;
      write(spool, tracked);
      tracked.finish(Phase.DONE, null);
      log.atInfo()
          .addKeyValue("import.id", tracked.id())
          .addKeyValue("import.validate_ms", (validated - started) / 1_000_000)
          .addKeyValue("import.write_ms", (System.nanoTime() - validated) / 1_000_000)
          .log(
              "import {} done in {} ms (validating {} ms, writing {} ms): {}",
              tracked.id(),
              (System.nanoTime() - started) / 1_000_000,
              (validated - started) / 1_000_000,
              (System.nanoTime() - validated) / 1_000_000,
              tracked.report());
      return tracked.report();
    } catch (ImportRejected e) {
      throw e;
    } catch (IOException e) {
      tracked.finish(Phase.FAILED, "the upload could not be read: " + e.getMessage());
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      tracked.finish(Phase.FAILED, e.getMessage());
      throw e;
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          log.warn("could not delete the import spool {}", spool);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // phase 2: write

  private void write(Path spool, Tracked tracked) {
    Map<String, Object> metaData = authorship.metaData();
    metaData.put(MetaDataKeys.IMPORT, tracked.id());
    SerializedObject<String> serializedMetaData =
        eventSerializer.serialize(MetaData.from(metaData), String.class);
    long[] line = {0};
    try {
      transaction.executeWithoutResult(
          status -> {
            try {
              AppendLock.takeExclusive(DataSourceUtils.getConnection(dataSource));
            } catch (SQLException e) {
              throw new IllegalStateException("could not lock the log for the import", e);
            }
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            try (BufferedReader reader = Files.newBufferedReader(spool)) {
              String text;
              while ((text = reader.readLine()) != null) {
                Spooled entry = store.readValue(text, Spooled.class);
                line[0] = entry.line();
                if (entry.kind() == 'W') {
                  append(batch, tracked);
                  commands.sendAndWait(
                      authorship.stamp(
                          store.readValue(entry.payload(), OpenWatchItem.class),
                          Map.of(MetaDataKeys.IMPORT, tracked.id())));
                  tracked.recorded.incrementAndGet();
                  continue;
                }
                DevelopmentId id = DevelopmentId.of(entry.id());
                switch (entry.kind()) {
                  case 'P' -> {
                    batch.add(
                        new GenericDomainEventMessage<>(
                            AGGREGATE_TYPE,
                            entry.id(),
                            0,
                            new SerializedMessage<>(
                                UUID.randomUUID().toString(),
                                new SimpleSerializedObject<>(
                                    entry.payload(), String.class, RECORDED_TYPE),
                                serializedMetaData,
                                eventSerializer),
                            clock::instant));
                    if (batch.size() >= BATCH) {
                      append(batch, tracked);
                    }
                  }
                  case 'R' -> {
                    DomainEventMessage<?> event =
                        new GenericDomainEventMessage<>(
                            AGGREGATE_TYPE,
                            entry.id(),
                            0,
                            new DevelopmentRecorded(id, entry.content()),
                            metaData);
                    if (entry.content().type().isRegistration()) {
                      append(batch, tracked);
                      eventStore.publish(event); // the directory must see it in this transaction
                      tracked.recorded.incrementAndGet();
                    } else {
                      batch.add(event);
                      if (batch.size() >= BATCH) {
                        append(batch, tracked);
                      }
                    }
                  }
                  case 'C' -> {
                    append(batch, tracked);
                    commands.sendAndWait(
                        authorship.stamp(
                            new CorrectDevelopment(
                                id, entry.version(), entry.content(), entry.reason()),
                            Map.of(MetaDataKeys.IMPORT, tracked.id())));
                    tracked.corrected.incrementAndGet();
                  }
                  case 'X' -> {
                    append(batch, tracked);
                    commands.sendAndWait(
                        authorship.stamp(
                            new RetractDevelopment(id, entry.reason()),
                            Map.of(MetaDataKeys.IMPORT, tracked.id())));
                    tracked.retracted.incrementAndGet();
                  }
                  default -> throw new IllegalStateException("unknown spool entry " + entry.kind());
                }
              }
              append(batch, tracked);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (RuntimeException e) {
      tracked.recorded.set(0);
      tracked.corrected.set(0);
      tracked.retracted.set(0);
      throw new ImportConflict(line[0], rootMessage(e), e);
    }
  }

  /**
   * Appends developments that are not registrations straight to the storage engine, in batches: no
   * subscribing processor reacts to them (only the directory subscribes, and only to registrations
   * — checked at start-up by {@link #onlyTheDirectorySubscribes}), and the streaming projections
   * read them from the log after the commit. Going through the event bus instead costs twice the
   * time: per-event dispatch, and the event store's reader woken up for rows it cannot see yet.
   */
  private void append(List<DomainEventMessage<?>> batch, Tracked tracked) {
    if (!batch.isEmpty()) {
      storageEngine.appendEvents(batch);
      tracked.recorded.addAndGet(batch.size());
      batch.clear();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  // ------------------------------------------------------------------------------------------
  // phase 1: validate and spool

  /** What the file has done so far to one development: enough to judge later lines about it. */
  private static final class InFile {
    int version;
    boolean retracted;
    final boolean registration;
    final String key;
    final List<String> keys = new ArrayList<>(1); // each version's content hash and reason

    InFile(int version, boolean retracted, boolean registration, String key) {
      this.version = version;
      this.retracted = retracted;
      this.registration = registration;
      this.key = key;
    }
  }

  private record Pending(long line, DevelopmentId id, DevelopmentContent content, String hash) {}

  private final class Validation implements References {
    final Tracked tracked;
    final BufferedWriter out;
    final Set<String> actors = directory.actorCodes();
    final Set<String> documents = directory.documentIds();
    final Map<UUID, InFile> inFile = new HashMap<>();
    final Map<WatchItemId, WatchItemContent> watchItemsInFile = new HashMap<>();
    final List<Pending> pending = new ArrayList<>();
    final List<LineError> errors = new ArrayList<>();
    long errorCount;
    long badLines;

    Validation(Tracked tracked, Path spool) throws IOException {
      this.tracked = tracked;
      this.out = Files.newBufferedWriter(spool);
    }

    @Override
    public boolean actorExists(ActorCode code) {
      return actors.contains(code.code());
    }

    @Override
    public boolean documentExists(String documentId) {
      return documents.contains(documentId);
    }

    void readAll(InputStream body) throws IOException {
      try (out;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
        long number = 0;
        StringBuilder line = new StringBuilder();
        while (readLine(reader, line)) {
          number++;
          if (number > maxLines) {
            throw new ImportTooLarge(
                "the file has more than "
                    + maxLines
                    + " lines, the most one import takes;"
                    + " nothing was imported (split it: a file can be imported again safely)");
          }
          tracked.lines.set(number);
          if (line.length() > MAX_LINE) {
            fail(number, List.of(new FieldViolation("line", "is longer than 1 MiB")));
          } else if (!line.toString().isBlank()) {
            handle(number, line.toString());
          }
          if (pending.size() >= CHUNK) {
            resolvePending();
          }
          if (number % 10_000 == 0) {
            log.info("import {}: {} lines validated", tracked.id(), number);
          }
        }
        resolvePending();
      }
    }

    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    /**
     * Reads one line into {@code line} (without its end, LF or CRLF), keeping at most MAX_LINE + 1
     * characters of it however long it is.
     */
    private boolean readLine(BufferedReader reader, StringBuilder line) throws IOException {
      line.setLength(0);
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = reader.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int end = position;
        int room = MAX_LINE + 1 - line.length();
        if (room > 0) {
          line.append(buffer, start, Math.min(end - start, room));
        }
        if (position < limit) {
          position++; // the newline
          if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
          }
          return true;
        }
      }
    }

    private void handle(long number, String text) throws IOException {
      if (!text.contains("\"correctionOf\"")
          && !text.contains("\"retractionOf\"")
          && !text.contains("\"watchItem\"")) {
        DevelopmentDraft draft;
        try {
          draft = wire.readValue(text, DevelopmentDraft.class);
        } catch (JsonProcessingException e) {
          fail(number, List.of(lineProblem(e)));
          return;
        }
        try {
          record(number, draft);
        } catch (InvalidDevelopment e) {
          fail(number, e.violations());
        }
        return;
      }
      JsonNode node;
      try {
        node = wire.readTree(text);
      } catch (JsonProcessingException e) {
        fail(number, List.of(lineProblem(e)));
        return;
      }
      if (!(node instanceof ObjectNode object)) {
        fail(number, List.of(new FieldViolation("line", "must be a JSON object")));
        return;
      }
      try {
        if (object.has("correctionOf")) {
          correction(number, object);
        } else if (object.has("retractionOf")) {
          retraction(number, object);
        } else if (object.has("watchItem")) {
          watchItem(number, object);
        } else {
          record(number, convert(object, DevelopmentDraft.class));
        }
      } catch (InvalidDevelopment e) {
        fail(number, e.violations());
      } catch (InvalidWatchItem e) {
        fail(number, e.violations());
      }
    }

    /**
     * A watch item line: {@code {"watchItem": "<id>", "question": …}}. Opened in phase 2 through
     * its aggregate; one already open with the same content is left as it is.
     */
    private void watchItem(long number, ObjectNode object) throws IOException {
      resolvePending();
      JsonNode given = object.remove("watchItem");
      object.set("id", given);
      OpenWatchItem open = watchItems.check(convertWatchItem(object), this);
      WatchItemContent earlier = watchItemsInFile.get(open.id());
      if (earlier == null) {
        earlier = watchItems.opened(open.id()).orElse(null);
      }
      if (earlier != null) {
        if (!earlier.equals(open.content())) {
          throw new InvalidWatchItem(
              List.of(
                  new FieldViolation(
                      "watchItem",
                      "watch item "
                          + open.id()
                          + " already exists with other content"
                          + (watchItemsInFile.containsKey(open.id())
                              ? " earlier in this file"
                              : ""))));
        }
        tracked.unchanged.incrementAndGet();
        return;
      }
      watchItemsInFile.put(open.id(), open.content());
      spool(
          new Spooled(
              'W', number, open.id().value(), 1, null, null, store.writeValueAsString(open)));
    }

    private WatchItemDraft convertWatchItem(ObjectNode object) {
      try {
        return wire.treeToValue(object, WatchItemDraft.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidWatchItem(List.of(JsonErrors.describe(e)));
      }
    }

    private <T> T convert(ObjectNode object, Class<T> type) {
      try {
        return wire.treeToValue(object, type);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidDevelopment(List.of(JsonErrors.describe(e)));
      }
    }

    private FieldViolation lineProblem(JsonProcessingException e) {
      if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
        return new FieldViolation("line", "is not valid JSON");
      }
      if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
          && m.getPath().isEmpty()) {
        return new FieldViolation("line", "must be a JSON object");
      }
      return JsonErrors.describe(e);
    }

    private void record(long number, DevelopmentDraft draft) throws IOException {
      DevelopmentId given = parsedId("id", draft.id());
      var registrationId = DevelopmentIds.ofRegistration(draft);
      if (registrationId.isEmpty()) {
        Valid valid = DevelopmentValidator.validate(draft, this, UUID.randomUUID());
        // a line without id gets one from its content; with an id, a cheaper key tells repeats
        String key = given != null ? quickKey(valid.content()) : hash(valid.content());
        DevelopmentId id = given != null ? given : DevelopmentIds.named("import:" + key);
        pending.add(new Pending(number, id, valid.content(), key));
        return;
      }
      resolvePending();
      DevelopmentId id = given != null ? given : registrationId.get();
      InFile earlier = inFile.get(id.value());
      DevelopmentHistory recorded = earlier == null ? developments.load(id).orElse(null) : null;
      String key = keyOf(draft);
      References references =
          earlier == null && recorded == null ? this : Registrations.keeping(key, this);
      Valid valid =
          DevelopmentValidator.validate(
              draft.content(id.toString()), references, UUID.randomUUID());
      String hash = quickKey(valid.content());
      if (alreadyThere(number, id, earlier, recorded, valid.content(), hash)) {
        return;
      }
      spool(new Spooled('R', number, id.toString(), 1, null, valid.content(), null));
      InFile state = new InFile(1, false, true, key);
      state.keys.add(key(hash, null));
      inFile.put(id.value(), state);
      (valid.content().type().name().equals("ACTOR_REGISTERED") ? actors : documents).add(key);
    }

    /** Decides the pending ordinary records, with one query for their ids. */
    private void resolvePending() throws IOException {
      if (pending.isEmpty()) {
        return;
      }
      Map<DevelopmentId, DevelopmentHistory> recorded =
          developments.loadAll(
              pending.stream()
                  .map(Pending::id)
                  .filter(id -> !inFile.containsKey(id.value()))
                  .toList());
      for (Pending p : pending) {
        InFile earlier = inFile.get(p.id().value());
        if (alreadyThere(p.line(), p.id(), earlier, recorded.get(p.id()), p.content(), p.hash())) {
          continue;
        }
        // serialized here, once, exactly as the event store would: phase 2 only appends it
        String payload =
            eventSerializer
                .serialize(new DevelopmentRecorded(p.id(), p.content()), String.class)
                .getData();
        spool(new Spooled('P', p.line(), p.id().toString(), 1, null, null, payload));
        InFile state = new InFile(1, false, false, null);
        state.keys.add(key(p.hash(), null));
        inFile.put(p.id().value(), state);
      }
      pending.clear();
    }

    /** Whether the id already holds this content (unchanged) — or other content (an error). */
    private boolean alreadyThere(
        long number,
        DevelopmentId id,
        InFile earlier,
        DevelopmentHistory recorded,
        DevelopmentContent content,
        String hash) {
      boolean same;
      if (earlier != null) {
        same = earlier.keys.get(0).equals(key(hash, null));
      } else if (recorded != null) {
        same = content.equals(recorded.first().content());
      } else {
        return false;
      }
      if (!same) {
        fail(
            number,
            List.of(
                new FieldViolation(
                    "id",
                    "development "
                        + id
                        + " is already recorded with other content"
                        + (earlier != null ? " earlier in this file" : ""))));
      } else {
        tracked.unchanged.incrementAndGet();
      }
      return true;
    }

    private void correction(long number, ObjectNode object) throws IOException {
      resolvePending();
      String of = object.remove("correctionOf").asText(null);
      CorrectionDraft draft = convert(object, CorrectionDraft.class);
      DevelopmentId id = parsedId("correctionOf", of);
      Target target = target(id, "correctionOf");
      String reason = DevelopmentValidator.reason(draft.reason());
      if (draft.version() == null) {
        throw invalid(
            "version",
            "is required in an import, so that importing the file again changes nothing");
      }
      Valid valid =
          DevelopmentValidator.validate(
              draft.content(id.toString()),
              Registrations.keeping(target.state.key, this),
              UUID.randomUUID());
      int version = draft.version();
      InFile state = target.state;
      String hash = quickKey(valid.content());
      if (version >= 1 && version <= state.version) {
        boolean same =
            target.recorded != null
                ? target.recorded.hasVersion(version, valid.content(), reason)
                : version <= state.keys.size()
                    && state.keys.get(version - 1).equals(key(hash, reason));
        if (!same) {
          throw invalid(
              "version", "version " + version + " of " + id + " exists with other content");
        }
        tracked.unchanged.incrementAndGet();
        return;
      }
      if (version != state.version + 1) {
        throw invalid(
            "version",
            id
                + " is at version "
                + state.version
                + "; a correction creates "
                + (state.version + 1));
      }
      if (state.retracted) {
        throw invalid("correctionOf", id + " is retracted");
      }
      if (state.registration != valid.content().type().isRegistration()
          || (state.key != null && !state.key.equals(Registrations.keyOf(valid.content())))) {
        throw invalid(
            "type", "a correction cannot change whether (or what) a development registers");
      }
      spool(new Spooled('C', number, id.toString(), version, reason, valid.content(), null));
      state.version = version;
      while (state.keys.size() < version - 1) {
        state.keys.add(""); // versions known only to the database
      }
      state.keys.add(key(hash, reason));
      inFile.put(id.value(), state);
    }

    private void retraction(long number, ObjectNode object) throws IOException {
      resolvePending();
      String of = object.remove("retractionOf").asText(null);
      RetractionDraft draft = convert(object, RetractionDraft.class);
      DevelopmentId id = parsedId("retractionOf", of);
      Target target = target(id, "retractionOf");
      String reason = DevelopmentValidator.reason(draft.reason());
      if (target.state.retracted) {
        tracked.unchanged.incrementAndGet();
        return;
      }
      if (target.state.registration) {
        throw invalid("retractionOf", "registrations cannot be retracted; correct them instead");
      }
      spool(new Spooled('X', number, id.toString(), target.state.version, reason, null, null));
      target.state.retracted = true;
      inFile.put(id.value(), target.state);
    }

    private record Target(InFile state, DevelopmentHistory recorded) {}

    private Target target(DevelopmentId id, String field) {
      InFile earlier = inFile.get(id.value());
      if (earlier != null) {
        return new Target(earlier, null);
      }
      DevelopmentHistory recorded =
          developments
              .load(id)
              .orElseThrow(
                  () ->
                      invalid(
                          field, "no development " + id + " (in Tracker or earlier in this file)"));
      InFile state =
          new InFile(
              recorded.version(),
              recorded.retracted(),
              recorded.current().type().isRegistration(),
              Registrations.keyOf(recorded.current()));
      return new Target(state, recorded);
    }

    private DevelopmentId parsedId(String field, String text) {
      if (text == null) {
        if (!field.equals("id")) {
          throw invalid(field, "must be a development id");
        }
        return null;
      }
      try {
        return DevelopmentId.of(text);
      } catch (IllegalArgumentException e) {
        throw invalid(field, "must be a UUID");
      }
    }

    private void spool(Spooled entry) throws IOException {
      out.write(store.writeValueAsString(entry));
      out.newLine();
    }

    private void fail(long number, List<FieldViolation> violations) {
      badLines++;
      for (FieldViolation v : violations) {
        errorCount++;
        if (errors.size() < ImportRejected.LISTED) {
          errors.add(new LineError(number, v.field(), v.message()));
        }
      }
    }
  }

  private static InvalidDevelopment invalid(String field, String message) {
    return new InvalidDevelopment(List.of(new FieldViolation(field, message)));
  }

  private static String keyOf(DevelopmentDraft draft) {
    return DevelopmentIds.ofRegistration(draft).isPresent()
        ? String.valueOf(
            draft.attributes().getOrDefault("code", draft.attributes().get("documentId")))
        : null;
  }

  /** SHA-256 (hex) of the content's stored JSON: equal content, equal hash. */
  private String hash(DevelopmentContent content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(store.writeValueAsBytes(content)));
    } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A key that tells repeats of a line within one file apart from changes: the content's Java hash
   * (equal content, equal key; a different content sharing it is a one-in-four-billion chance).
   */
  private static String quickKey(DevelopmentContent content) {
    return Integer.toHexString(content.hashCode());
  }

  private static String key(String hash, String reason) {
    return reason == null ? hash : hash + '\u0000' + reason;
  }
}
