package org.tracker.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tracker.infrastructure.axon.NodeIdentity;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * The projections an operator can see and rebuild: each one declared to run in a streaming
 * processor ({@link Projections}), with the tables it owns. A rebuild resets the processor and
 * replays the log into emptied tables; until it has reached the head of the log as it was when the
 * rebuild began, the projection is REBUILDING and the API answers that (503) for what it serves,
 * instead of answering from half-built tables.
 */
@Service
public class ProjectionAdmin {

  /** One projection's state. */
  public record Status(
      String name,
      String state,
      long position,
      long head,
      long lag,
      Long rebuildTarget,
      long deadLetters,
      Map<String, String> checksums) {}

  private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final JdbcClient jdbc;
  private final TokenStore tokenStore;
  private final DeadLetters deadLetters;
  private final Map<String, Long> rebuilding = new ConcurrentHashMap<>();
  private final Serializer serializer;
  private final NodeIdentity node;
  private final Map<String, Checked> storedReplays = new ConcurrentHashMap<>();

  /** How long what the token store said about replays is taken as still true. */
  static final long STORED_TOKENS_TTL_NANOS = 500_000_000L;

  public ProjectionAdmin(
      EventProcessingConfiguration processing,
      EventStore eventStore,
      JdbcClient jdbc,
      TokenStore tokenStore,
      DeadLetters deadLetters,
      Serializer serializer,
      NodeIdentity node) {
    this.processing = processing;
    this.serializer = serializer;
    this.node = node;
    this.deadLetters = deadLetters;
    this.eventStore = eventStore;
    this.jdbc = jdbc;
    this.tokenStore = tokenStore;
  }

  /** Whether there is a rebuildable projection of this name. */
  public boolean exists(String name) {
    return Projections.rebuildable(name).isPresent();
  }

  public List<Status> all() {
    return Projections.rebuildable().stream()
        .map(Projection::name)
        .sorted()
        .map(name -> status(name).orElseThrow())
        .toList();
  }

  public Optional<Status> status(String name) {
    Optional<Projection> projection = Projections.rebuildable(name);
    if (projection.isEmpty()) {
      return Optional.empty();
    }
    StreamingEventProcessor processor = processor(name);
    long head = head();
    long position = position(processor);
    Map<String, String> checksums = new LinkedHashMap<>();
    for (String table : projection.get().tables()) {
      checksums.put(table, checksum(table));
    }
    return Optional.of(
        new Status(
            name,
            state(name, processor),
            position,
            head,
            Math.max(0, head - position),
            rebuilding.get(name),
            deadLetters.count(name),
            checksums));
  }

  /**
   * Whether answers from this projection are half-built right now, on whichever instance the
   * rebuild runs (and how far it has come): rebuilding here, or a segment's stored token — shared
   * by every instance — is a replay short of its reset position. So an instance that holds none of
   * the replaying segments (one started while another rebuilds) does not answer from half-built
   * tables either.
   */
  public Optional<String> rebuildingProgress(String name) {
    return rebuildingHere(name).or(() -> rebuildingAnywhere(name));
  }

  /**
   * Whether this instance is rebuilding the projection. A rebuild started here is over when every
   * segment is claimed again and has reached the head of the log as it was when the rebuild began
   * (a segment claimed early must not speak for one not yet claimed). After a restart in the middle
   * of a rebuild, the replay tokens of the segments this instance claims tell: a segment replaying
   * short of its reset position is still rebuilding.
   */
  public Optional<String> rebuildingHere(String name) {
    StreamingEventProcessor processor = processor(name);
    Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
    long position = position(processor);
    Long target = rebuilding.get(name);
    if (target != null) {
      boolean done =
          statuses.size() >= segments(name)
              && statuses.values().stream()
                  .allMatch(s -> s.getCurrentPosition().orElse(-1) >= target);
      if (!done) {
        return Optional.of("position " + Math.max(position, 0) + " of " + target);
      }
      rebuilding.remove(name, target);
      log.info("projection {} rebuilt up to {}", name, position);
    }
    long resetAt =
        statuses.values().stream()
            .filter(EventTrackerStatus::isReplaying)
            .filter(s -> s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(-1))
            .mapToLong(s -> s.getResetPosition().orElse(-1))
            .max()
            .orElse(-1);
    return resetAt < 0
        ? Optional.empty()
        : Optional.of("position " + Math.max(position, 0) + " of " + resetAt);
  }

  /**
   * From the token store: the segments claimed by other instances (or by none) whose stored token
   * is a replay short of its reset position. This instance's own segments are left to {@link
   * #rebuildingHere}: a segment whose last events were all another segment's stores its token only
   * at its next claim extension (up to 5 s later), so the stored token can lag what it has done.
   * Asked at most every {@link #STORED_TOKENS_TTL_NANOS}: the guard asks on every request to what
   * the projection serves.
   */
  private Optional<String> rebuildingAnywhere(String name) {
    long now = System.nanoTime();
    Checked checked = storedReplays.get(name);
    if (checked == null || now - checked.at() > STORED_TOKENS_TTL_NANOS) {
      checked = new Checked(now, storedReplay(name));
      storedReplays.put(name, checked);
    }
    return checked.progress();
  }

  private Optional<String> storedReplay(String name) {
    long position = Long.MAX_VALUE;
    long resetAt = -1;
    for (SerializedObject<String> stored :
        jdbc.sql(
                "SELECT token, token_type FROM token_entry WHERE processor_name = ?"
                    + " AND token_type = ? AND (owner IS NULL OR owner <> ?)")
            .param(name)
            .param(ReplayToken.class.getName())
            .param(node.id())
            .query(
                (row, n) ->
                    (SerializedObject<String>)
                        new SimpleSerializedObject<>(
                            row.getString(1), String.class, row.getString(2), null))
            .list()) {
      if (serializer.deserialize(stored) instanceof ReplayToken replay) {
        long current = replay.position().orElse(-1);
        long reset = replay.getTokenAtReset().position().orElse(-1);
        if (current < reset) {
          position = Math.min(position, current);
          resetAt = Math.max(resetAt, reset);
        }
      }
    }
    return resetAt < 0
        ? Optional.empty()
        : Optional.of("position " + Math.max(position, 0) + " of " + resetAt);
  }

  private record Checked(long at, Optional<String> progress) {}

  private int segments(String name) {
    return tokenStore.fetchSegments(name).length;
  }

  /** Starts a rebuild; the answer comes at once, the replay runs in the processor's threads. */
  public Status rebuild(String name) {
    if (!exists(name)) {
      throw new IllegalArgumentException(name);
    }
    StreamingEventProcessor processor = processor(name);
    synchronized (this) {
      long target = head();
      markRebuilding(name, target);
      log.info("rebuilding projection {} up to position {}", name, target);
      processor.shutDown();
      try {
        processor.resetTokens();
      } catch (UnableToClaimTokenException e) {
        clearRebuilding(name);
        processor.start();
        throw new RebuildBlocked(
            "another instance holds segments of "
                + name
                + "; a rebuild needs them all: stop the other instances' processing first");
      }
      processor.start();
    }
    return status(name).orElseThrow();
  }

  /** Marks a projection rebuilding up to {@code target} (a rebuild's first step; tests use it). */
  void markRebuilding(String name, long target) {
    rebuilding.put(name, target);
  }

  void clearRebuilding(String name) {
    rebuilding.remove(name);
  }

  private String state(String name, StreamingEventProcessor processor) {
    if (rebuildingProgress(name).isPresent()) {
      return "REBUILDING";
    }
    if (((EventProcessor) processor).isError()) {
      return "ERROR";
    }
    return processor.isRunning() ? "RUNNING" : "STOPPED";
  }

  private StreamingEventProcessor processor(String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
  }

  private long head() {
    TrackingToken token = eventStore.createHeadToken();
    return token == null ? 0 : token.position().orElse(0);
  }

  private static long position(StreamingEventProcessor processor) {
    return processor.processingStatus().values().stream()
        .map(s -> s.getCurrentPosition().orElse(-1))
        .min(Long::compare)
        .orElse(-1L);
  }

  /** An order-independent digest of a table's rows (the same rows give the same digest). */
  private String checksum(String table) {
    return jdbc.sql(
            "SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY"
                + " md5(t::text))), '-') FROM "
                + table
                + " t")
        .query(String.class)
        .single();
  }
}
