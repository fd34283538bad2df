package org.tracker.development.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.development.Development;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.importing.ImportProgress.Tracked;
import org.tracker.directory.api.DirectoryGroup;
import org.tracker.infrastructure.axon.AppendLock;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.infrastructure.database.DatabaseFaults;
import org.tracker.shared.MetaDataKeys;

/**
 * The writing phase of an import: the spooled decisions, in one transaction holding the {@link
 * AppendLock} exclusively. New developments are appended in batches; registrations are published
 * (the directory must see them within the transaction); corrections, retractions and watch items go
 * through their aggregates, whose rule books judge them again. A failure rolls everything back.
 */
@Component
class ImportWriter {

  private static final String AGGREGATE_TYPE = Development.class.getSimpleName();
  private static final int BATCH = 500;
  private static final SerializedType RECORDED_TYPE =
      new SimpleSerializedType(
          DevelopmentRecorded.class.getName(),
          DevelopmentRecorded.class.getAnnotation(Revision.class).value());

  private final ObjectMapper store;
  private final EventStore eventStore;
  private final EventStorageEngine storageEngine;
  private final Serializer eventSerializer;
  private final Clock clock;
  private final CommandGateway commands;
  private final Authorship authorship;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;

  ImportWriter(
      @Qualifier("defaultAxonObjectMapper") ObjectMapper store,
      EventStore eventStore,
      EventStorageEngine storageEngine,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Clock clock,
      EventProcessingConfiguration processing,
      CommandGateway commands,
      Authorship authorship,
      PlatformTransactionManager transactions,
      DataSource dataSource) {
    onlyTheDirectorySubscribes(processing);
    this.store = store;
    this.eventStore = eventStore;
    this.storageEngine = storageEngine;
    this.eventSerializer = eventSerializer;
    this.clock = clock;
    this.commands = commands;
    this.authorship = authorship;
    this.transaction = new TransactionTemplate(transactions);
    this.dataSource = dataSource;
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
                        + " teach the import to publish to it");
              }
            });
  }

  /**
   * Writes the spool.
   *
   * @throws ImportConflict naming the line whose writing failed (nothing written)
   * @throws ImportInterrupted when the database went out of reach (nothing written)
   */
  void write(Path spool, Tracked tracked) {
    Map<String, Object> metaData = authorship.metaData();
    metaData.put(MetaDataKeys.IMPORT, tracked.id());
    SerializedObject<String> serializedMetaData =
        eventSerializer.serialize(MetaData.from(metaData), String.class);
    Map<String, ?> stamp = Map.of(MetaDataKeys.IMPORT, tracked.id());
    long[] line = {0};
    try {
      transaction.executeWithoutResult(
          status -> {
            lockTheLog();
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            try (BufferedReader reader = Files.newBufferedReader(spool)) {
              String text;
              while ((text = reader.readLine()) != null) {
                Spooled entry = store.readValue(text, Spooled.class);
                line[0] = entry.line();
                if (entry instanceof Spooled.Append append) {
                  batch.add(appended(append, serializedMetaData));
                  if (batch.size() >= BATCH) {
                    append(batch, tracked);
                  }
                  continue;
                }
                append(batch, tracked); // what came before goes first
                if (entry instanceof Spooled.Publish publish) {
                  eventStore.publish(
                      new GenericDomainEventMessage<>(
                          AGGREGATE_TYPE,
                          publish.event().developmentId().toString(),
                          0,
                          publish.event(),
                          metaData));
                  tracked.recorded.incrementAndGet();
                } else if (entry instanceof Spooled.Correct correct) {
                  commands.sendAndWait(authorship.stamp(correct.command(), stamp));
                  tracked.corrected.incrementAndGet();
                } else if (entry instanceof Spooled.Retract retract) {
                  commands.sendAndWait(authorship.stamp(retract.command(), stamp));
                  tracked.retracted.incrementAndGet();
                } else {
                  commands.sendAndWait(authorship.stamp(((Spooled.Open) entry).command(), stamp));
                  tracked.recorded.incrementAndGet();
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
      if (DatabaseFaults.unreachable(e)) {
        throw new ImportInterrupted(line[0], e);
      }
      throw new ImportConflict(line[0], rootMessage(e), e);
    }
  }

  private void lockTheLog() {
    try {
      AppendLock.takeExclusive(DataSourceUtils.getConnection(dataSource));
    } catch (SQLException e) {
      throw new IllegalStateException("could not lock the log for the import", e);
    }
  }

  private DomainEventMessage<?> appended(
      Spooled.Append append, SerializedObject<String> serializedMetaData) {
    return new GenericDomainEventMessage<>(
        AGGREGATE_TYPE,
        append.id().toString(),
        0,
        new SerializedMessage<>(
            UUID.randomUUID().toString(),
            new SimpleSerializedObject<>(append.payload(), String.class, RECORDED_TYPE),
            serializedMetaData,
            eventSerializer),
        clock::instant);
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
}
