package org.tracker.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.admin.generations.GenerationPointers;
import org.tracker.admin.generations.GenerationPointers.Pointer;
import org.tracker.admin.generations.GenerationPointers.Purpose;
import org.tracker.admin.generations.Generations;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * The projections an operator can see, rebuild and verify: each one declared to run in a streaming
 * processor ({@link Projections}), with two generations of the tables it owns (ADR 0021). A rebuild
 * or a verification builds the spare generation from the log while the live one answers ({@link
 * Generations}); only a projection's first build — after a restore into an empty store — answers
 * 503 for what it serves, until it has reached the head the log had then.
 */
@Service
public class ProjectionAdmin {

  /** One projection's state, with both of its generations. */
  public record Status(
      String name,
      String state,
      long position,
      long head,
      long lag,
      Long rebuildTarget,
      long deadLetters,
      Map<String, String> checksums,
      Generation live,
      Generation spare,
      JsonNode lastReport) {}

  /**
   * One generation of a projection's tables.
   *
   * @param state LIVE; or, for the spare: IDLE, REBUILDING or VERIFYING
   * @param position how far its build has come (known on the instance building it)
   */
  public record Generation(
      int generation,
      String schema,
      String state,
      String node,
      Long target,
      Long position,
      Instant startedAt,
      Instant seenAt) {}

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final JdbcClient jdbc;
  private final DeadLetters deadLetters;
  private final Serializer serializer;
  private final GenerationPointers pointers;
  private final Generations generations;
  private final TransactionTemplate utc;
  private final ObjectMapper json;
  private final Map<String, Checked> firstBuilds = new ConcurrentHashMap<>();

  /** How long what the pointer rows said about a first build is taken as still true. */
  static final long POINTERS_TTL_NANOS = 500_000_000L;

  public ProjectionAdmin(
      EventProcessingConfiguration processing,
      EventStore eventStore,
      JdbcClient jdbc,
      DeadLetters deadLetters,
      Serializer serializer,
      GenerationPointers pointers,
      Generations generations,
      PlatformTransactionManager transactions,
      ObjectMapper json) {
    this.processing = processing;
    this.serializer = serializer;
    this.deadLetters = deadLetters;
    this.eventStore = eventStore;
    this.jdbc = jdbc;
    this.pointers = pointers;
    this.generations = generations;
    this.utc = new TransactionTemplate(transactions);
    this.utc.setReadOnly(true);
    this.json = json;
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
    Pointer pointer = pointers.of(name).orElseThrow();
    long head = head();
    long position = position(processor);
    Map<String, String> checksums = new LinkedHashMap<>();
    for (String table : projection.get().tables()) {
      checksums.put(table, checksum(table));
    }
    return Optional.of(
        new Status(
            name,
            state(name, pointer, processor),
            position,
            head,
            Math.max(0, head - position),
            "REBUILDING".equals(pointer.spareState()) ? pointer.spareTarget() : null,
            deadLetters.count(name),
            checksums,
            new Generation(
                pointer.live(),
                pointer.schema(pointer.live()),
                "LIVE",
                null,
                pointer.built() ? null : pointer.buildTarget(),
                null,
                pointer.flippedAt(),
                null),
            new Generation(
                pointer.spare(),
                pointer.schema(pointer.spare()),
                pointer.spareState(),
                pointer.spareNode(),
                pointer.spareTarget(),
                generations.spareProgress(name).orElse(null),
                pointer.spareStartedAt(),
                pointer.spareSeenAt()),
            report(pointer.spareReport())));
  }

  /**
   * Whether what this projection serves is answered 503 now, and how far it has come: only while
   * its live generation has its first build (after a restore into an empty store), until that has
   * reached the head the log had then. Asked on every request to what it serves: the pointer row is
   * read at most every {@link #POINTERS_TTL_NANOS}.
   */
  public Optional<String> rebuildingProgress(String name) {
    long now = System.nanoTime();
    Checked checked = firstBuilds.get(name);
    if (checked == null || now - checked.at() > POINTERS_TTL_NANOS) {
      checked = new Checked(now, firstBuild(name));
      firstBuilds.put(name, checked);
    }
    return checked.progress();
  }

  private Optional<String> firstBuild(String name) {
    Pointer pointer = pointers.of(name).orElse(null);
    if (pointer == null || pointer.built()) {
      return Optional.empty();
    }
    long target = pointer.buildTarget() == null ? -1 : pointer.buildTarget();
    long position = builtUpTo(name);
    if (position >= target) {
      pointers.built(name);
      return Optional.empty();
    }
    return Optional.of("first build, position " + Math.max(position, 0) + " of " + target);
  }

  private record Checked(long at, Optional<String> progress) {}

  /** Asks the pointer rows again at the next request (after a restore has changed them). */
  public void forgetFirstBuilds() {
    firstBuilds.clear();
  }

  /**
   * How far the projection has come on every instance: this one's processor when it holds every
   * segment (a segment's stored token can lag what it has done by up to a claim extension), else
   * the least position of the stored tokens (a segment with none yet: -1).
   */
  private long builtUpTo(String name) {
    List<String[]> stored =
        jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = ?")
            .param(name)
            .query((row, n) -> new String[] {row.getString(1), row.getString(2)})
            .list();
    StreamingEventProcessor processor = processor(name);
    if (!stored.isEmpty() && processor.processingStatus().size() == stored.size()) {
      return position(processor);
    }
    long least = stored.isEmpty() ? -1 : Long.MAX_VALUE;
    for (String[] token : stored) {
      long position = -1;
      if (token[0] != null && token[1] != null) {
        SerializedObject<String> serialized =
            new SimpleSerializedObject<>(token[0], String.class, token[1], null);
        if (serializer.deserialize(serialized) instanceof TrackingToken tracking) {
          position = tracking.position().orElse(-1);
        }
      }
      least = Math.min(least, position);
    }
    return least;
  }

  /**
   * Starts a rebuild into the spare generation; the answer comes at once, the live generation
   * answers meanwhile and is replaced when the spare has caught up.
   */
  public Status rebuild(String name) {
    return start(name, Purpose.REBUILDING);
  }

  /**
   * Starts a verification: the spare generation is built from the log and compared with the live
   * one row by row; the outcome is the projection's {@code lastReport}.
   */
  public Status verify(String name) {
    return start(name, Purpose.VERIFYING);
  }

  private Status start(String name, Purpose purpose) {
    if (!exists(name)) {
      throw new IllegalArgumentException(name);
    }
    generations.start(name, purpose);
    return status(name).orElseThrow();
  }

  /** Marks a projection's live generation as in its first build up to {@code target} (tests). */
  void markRebuilding(String name, long target) {
    pointers.firstBuildUpTo(name, target);
    firstBuilds.remove(name);
  }

  void clearRebuilding(String name) {
    pointers.firstBuildUpTo(name, -1);
    firstBuilds.remove(name);
  }

  private String state(String name, Pointer pointer, StreamingEventProcessor processor) {
    if (rebuildingProgress(name).isPresent()) {
      return "FIRST_BUILD";
    }
    if (pointer.building()) {
      return pointer.spareState();
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

  private JsonNode report(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return json.getNodeFactory().textNode(text);
    }
  }

  /**
   * An order-independent digest of a table's rows in the live generation (the same rows give the
   * same digest), its times written in UTC whatever the server's zone, so that instances and
   * restored copies in other zones agree.
   */
  private String checksum(String table) {
    return utc.execute(
        tx -> {
          jdbc.sql("SET LOCAL TimeZone = 'UTC'").update();
          return jdbc.sql(
                  "SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY"
                      + " md5(t::text))), '-') FROM "
                      + table
                      + " t")
              .query(String.class)
              .single();
        });
  }
}
