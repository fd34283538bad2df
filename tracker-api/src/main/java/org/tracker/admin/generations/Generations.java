package org.tracker.admin.generations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.admin.RebuildBlocked;
import org.tracker.admin.generations.GenerationPointers.Pointer;
import org.tracker.admin.generations.GenerationPointers.Purpose;
import org.tracker.infrastructure.axon.NodeIdentity;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * Rebuilds and verifications without downtime (ADR 0021). Each streaming projection has two
 * generations of tables; the live one answers and follows the log while the spare one is built from
 * the log by a processor of its own ({@link SpareBuild}). When the spare has reached the head,
 * appends pause for a moment (the append lock, ADR 0004) so that the head holds still, and then:
 *
 * <ul>
 *   <li>a rebuild flips: the spare's tokens become the live processor's (each token was stored in
 *       the transaction that wrote its rows, so it is exactly what the spare holds), the dead
 *       letters of the old generation go, and the pointer names the spare live — one transaction;
 *       an instance still working on the old generation cannot store a token any more (the rows are
 *       claimed by this one), so its last batch rolls back.
 *   <li>a verification waits until the live projection has also reached the head, takes one
 *       snapshot of both generations, lets appends go on, and compares them row by row.
 * </ul>
 *
 * A build whose instance falls silent is taken over by another from its stored tokens. Starting a
 * build and looking at the builds take turns on an instance.
 */
@Service
public class Generations implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Generations.class);

  /** How often builds are looked at. */
  static final long TICK_MILLIS = 200;

  /**
   * How close to the head the spare must be before appends are paused for it: what is left is then
   * a moment's work, not seconds of held-back recordings.
   */
  static final long NEAR_THE_HEAD = 1_000;

  private final GenerationPointers pointers;
  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final TokenStore tokens;
  private final TransactionManager axonTransactions;
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final NodeIdentity node;
  private final ObjectMapper json;
  private final SpareBuild.DeadLetters deadLetters;
  private final Map<String, SpareBuild> builds = new ConcurrentHashMap<>();
  private ScheduledExecutorService timer;

  public Generations(
      GenerationPointers pointers,
      EventProcessingConfiguration processing,
      EventStore eventStore,
      TokenStore tokens,
      TransactionManager axonTransactions,
      DataSource dataSource,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      NodeIdentity node,
      ObjectMapper json,
      SpareBuild.DeadLetters deadLetters) {
    this.pointers = pointers;
    this.processing = processing;
    this.eventStore = eventStore;
    this.tokens = tokens;
    this.axonTransactions = axonTransactions;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.node = node;
    this.json = json;
    this.deadLetters = deadLetters;
  }

  /**
   * Starts building the spare generation of {@code projection} from the log's start, to become live
   * (a rebuild) or to be compared with the live one (a verification); answers at once.
   */
  public synchronized Pointer start(String projection, Purpose purpose) {
    long head = head();
    if (!pointers.takeSpare(projection, purpose, node.id(), head)) {
      Pointer running = pointers.of(projection).orElseThrow();
      throw new RebuildBlocked(
          "the spare generation of "
              + projection
              + " is already being built ("
              + running.spareState().toLowerCase()
              + " on instance "
              + running.spareNode()
              + " since "
              + running.spareStartedAt()
              + "); wait for it to end");
    }
    try {
      begin(pointers.of(projection).orElseThrow(), true);
    } catch (RuntimeException e) {
      pointers.endSpare(
          projection,
          node.id(),
          json.createObjectNode()
              .put("purpose", purpose.name())
              .put("outcome", "failed")
              .put("failure", "could not start: " + e.getMessage())
              .toString(),
          false);
      throw e;
    }
    return pointers.of(projection).orElseThrow();
  }

  /** How far this instance's build of {@code projection} has come, if it builds one. */
  public Optional<Long> spareProgress(String projection) {
    return Optional.ofNullable(builds.get(projection)).map(SpareBuild::position);
  }

  private void begin(Pointer pointer, boolean fromTheStart) {
    String projection = pointer.projection();
    Optional.ofNullable(builds.remove(projection)).ifPresent(SpareBuild::stop);
    if (fromTheStart) {
      Projection declared = Projections.rebuildable(projection).orElseThrow();
      transactions.executeWithoutResult(
          tx -> {
            jdbc.sql(
                    "TRUNCATE "
                        + String.join(
                            ", ",
                            declared.tables().stream()
                                .map(t -> pointer.schema(pointer.spare()) + "." + t)
                                .toList()))
                .update();
            jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?")
                .param(SpareBuild.name(projection))
                .update();
            jdbc.sql("DELETE FROM dead_letter_entry WHERE processing_group = ?")
                .param(SpareBuild.name(projection))
                .update();
          });
    }
    SpareBuild build =
        new SpareBuild(
            projection,
            Purpose.valueOf(pointer.spareState()),
            pointer.spareTarget(),
            live(projection),
            tokens.fetchSegments(projection).length,
            eventStore,
            tokens,
            axonTransactions,
            dataSource,
            deadLetters);
    builds.put(projection, build);
    build.start();
    log.info(
        "building the spare generation of {} ({}) up to position {}",
        projection,
        build.purpose,
        build.target);
  }

  /** Looks at every build once: this instance's, and any another instance abandoned. */
  synchronized void tick() {
    for (SpareBuild build : List.copyOf(builds.values())) {
      try {
        step(build);
      } catch (RuntimeException e) {
        log.warn("the spare build of {} will try again: {}", build.projection, e.toString());
      }
    }
    for (Pointer pointer : pointers.all()) {
      if (pointer.building() && !builds.containsKey(pointer.projection())) {
        boolean mine = node.id().equals(pointer.spareNode());
        if (mine
            || pointers.takeSpare(
                pointer.projection(),
                Purpose.valueOf(pointer.spareState()),
                node.id(),
                pointer.spareTarget())) {
          log.info("carrying on the spare build of {} from its tokens", pointer.projection());
          begin(pointers.of(pointer.projection()).orElseThrow(), false);
        }
      }
    }
  }

  private void step(SpareBuild build) {
    boolean caughtUp = build.position() >= build.target;
    if (!pointers.seen(build.projection, node.id(), caughtUp)) {
      builds.remove(build.projection, build); // taken over, or ended, elsewhere
      build.stop();
      return;
    }
    if (caughtUp && head() - build.position() <= NEAR_THE_HEAD) {
      if (build.purpose == Purpose.REBUILDING) {
        flipWhenAtTheHead(build);
      } else {
        compareWhenAtTheHead(build);
      }
    }
  }

  private void flipWhenAtTheHead(SpareBuild build) {
    String projection = build.projection;
    StreamingEventProcessor live = live(projection);
    live.shutDown();
    try (Connection pause = HeadPause.pauseAppends(dataSource)) {
      if (!HeadPause.reaches(build::position, head())) {
        return;
      }
      build.stop();
      ObjectNode report = report(build, "flipped");
      transactions.executeWithoutResult(
          tx -> {
            jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(projection).update();
            jdbc.sql(
                    "UPDATE token_entry SET processor_name = ?, owner = ?, timestamp = ?"
                        + " WHERE processor_name = ?")
                .params(
                    projection, node.id(), Instant.now().toString(), SpareBuild.name(projection))
                .update();
            jdbc.sql("DELETE FROM dead_letter_entry WHERE processing_group = ?")
                .param(projection)
                .update();
            report.put(
                "parked",
                jdbc.sql(
                        "UPDATE dead_letter_entry SET processing_group = ?"
                            + " WHERE processing_group = ?")
                    .params(projection, SpareBuild.name(projection))
                    .update());
            pointers.endSpare(projection, node.id(), report.toString(), true);
          });
      builds.remove(projection, build);
      log.info("projection {} flipped to its rebuilt generation", projection);
    } catch (SQLException e) {
      log.info("appends could not be paused to flip {} now: {}", projection, e.getMessage());
    } catch (RuntimeException e) {
      // the spare may be stopped already: the next round carries it on from its tokens
      builds.remove(projection, build);
      build.stop();
      log.warn("projection {} could not flip now, will try again: {}", projection, e.toString());
    } finally {
      live.start();
    }
  }

  private void compareWhenAtTheHead(SpareBuild build) {
    String projection = build.projection;
    StreamingEventProcessor live = live(projection);
    if (live.processingStatus().size() < tokens.fetchSegments(projection).length) {
      return; // another instance still holds live segments: it lets go of them shortly
    }
    Pointer pointer = pointers.of(projection).orElseThrow();
    Connection snapshot = null;
    try (Connection pause = HeadPause.pauseAppends(dataSource)) {
      long head = head();
      if (!HeadPause.reaches(build::position, head)
          || !HeadPause.reaches(() -> position(live), head)) {
        return;
      }
      snapshot = TableComparison.snapshot(dataSource);
      pause.commit(); // appends go on; the snapshot sees both generations at the head
      ObjectNode report = report(build, "compared").put("position", head);
      boolean equal = TableComparison.compare(snapshot, pointer, report.putObject("tables"));
      snapshot.commit();
      report.put("equal", equal);
      build.stop();
      end(build, report, false);
      log.info(
          "projection {} verified against the log: {}", projection, equal ? "equal" : "DIFFERS");
    } catch (SQLException e) {
      log.info("projection {} could not be compared now: {}", projection, e.getMessage());
    } finally {
      if (snapshot != null) {
        try {
          snapshot.close();
        } catch (SQLException ignored) {
          // closing a connection that failed: the pool replaces it
        }
      }
    }
  }

  private void end(SpareBuild build, ObjectNode report, boolean flip) {
    build.stop();
    builds.remove(build.projection, build);
    pointers.endSpare(build.projection, node.id(), report.toString(), flip);
  }

  private ObjectNode report(SpareBuild build, String outcome) {
    return json.createObjectNode()
        .put("purpose", build.purpose.name())
        .put("outcome", outcome)
        .put("target", build.target)
        .put("node", node.id())
        .put("at", Instant.now().toString());
  }

  private PooledStreamingEventProcessor live(String projection) {
    return processing
        .eventProcessor(projection, PooledStreamingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("no processor " + projection));
  }

  private static long position(StreamingEventProcessor processor) {
    return processor.processingStatus().values().stream()
        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
        .min()
        .orElse(-1);
  }

  private long head() {
    TrackingToken token = eventStore.createHeadToken();
    return token == null ? -1 : token.position().orElse(-1);
  }

  @Override
  public void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "generations");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            tick();
          } catch (RuntimeException e) {
            log.debug("generations skipped a round: {}", e.getMessage());
          }
        },
        TICK_MILLIS,
        TICK_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    builds.values().forEach(SpareBuild::stop);
    builds.clear();
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }

  /** After Axon's processors have started, before them stopping. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1;
  }
}
