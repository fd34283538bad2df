package org.tracker.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.infrastructure.security.AccessRules;
import org.tracker.infrastructure.security.SecuritySettings;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.TooManyRequests;
import org.tracker.shared.MetaDataKeys;

/**
 * {@code GET /api/stream}: Server-Sent Events for dashboards — every development recorded,
 * corrected or retracted and every watch item change, as it enters the log; for whoever may not
 * read past knowledge (a VIEWER), each development as it stands now ({@link CurrentKnowledge}).
 * Each event's id is its log position: a client that reconnects with {@code Last-Event-ID} gets
 * everything after it, read from the log itself, so nothing is missed across a disconnect or a
 * restart. Without the header a client starts at the head. Each connection reads its own stream of
 * the event store on its own thread (at most {@value #MAX_CLIENTS} at once, and {@code
 * tracker.security.limits.streams-per-user} per user); a connection's slot is freed when its client
 * goes.
 */
@RestController
@Tag(name = "Live updates")
public class LiveStream implements SmartLifecycle {

  static final int MAX_CLIENTS = 64;
  private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
  private static final Duration CONNECTION = Duration.ofMinutes(30);
  static final long KEEP_ALIVE_SECONDS = 5;

  /**
   * What a dashboard receives for one event; {@code kind} is its published name. Absent fields (a
   * viewer's tombstone has only its position, kind and id) are left out.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Update(
      long position, String kind, Instant recordedAt, String recordedBy, Object payload) {

    /** The event as it is in the log, with who recorded it when; null when not published. */
    static Update of(TrackedEventMessage<?> event) {
      Object payload = event.getPayload();
      String name = PublishedEvents.nameOf(payload);
      return name == null
          ? null
          : new Update(
              event.trackingToken().position().orElse(0),
              name,
              event.getTimestamp(),
              (String) event.getMetaData().get(MetaDataKeys.RECORDED_BY),
              payload);
    }
  }

  private final EventStore eventStore;
  private final AtomicInteger threads = new AtomicInteger();
  // one thread per open connection, at most MAX_CLIENTS of them (counted by the admission below)
  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "live-stream-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private final Set<Live> connections = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<Live>> perUser = new ConcurrentHashMap<>();
  private final Object admission = new Object();
  private final CurrentKnowledge currentKnowledge;
  private final Authorship authorship;
  private final int streamsPerUser;
  private volatile boolean running;

  /** One open connection: its slot is held until {@link #release()}, which happens once. */
  private final class Live {
    final String user;
    final SseEmitter emitter = new SseEmitter(CONNECTION.toMillis());
    final AtomicBoolean open = new AtomicBoolean(true);
    volatile Future<?> pump;

    Live(String user) {
      this.user = user;
    }

    void release() {
      if (open.getAndSet(false)) {
        Set<Live> mine = perUser.get(user);
        if (mine != null) {
          mine.remove(this);
        }
        connections.remove(this);
        Future<?> reading = pump;
        if (reading != null) {
          reading.cancel(true); // stops waiting for the next event at once
        }
      }
    }

    /**
     * Whether its client is still there. A server learns that a client closed its connection only
     * by writing to it: the first write after the close is still accepted by the network, the peer
     * answers it with a reset, and the next write fails — so two small comments.
     */
    boolean stillThere() {
      try {
        emitter.send(SseEmitter.event().comment("still there?"));
        emitter.send(SseEmitter.event().comment("still there?"));
        return true;
      } catch (IOException | IllegalStateException e) {
        release();
        end(emitter, e);
        return false;
      }
    }
  }

  /**
   * Ends a connection whose client may be gone already: then the web server has ended it first, and
   * ending it again is refused (IllegalStateException) — which must not fail the request that asked
   * whether the client was still there, nor the reader's thread.
   */
  private static void end(SseEmitter emitter, Throwable error) {
    try {
      if (error == null) {
        emitter.complete();
      } else {
        emitter.completeWithError(error);
      }
    } catch (IllegalStateException alreadyEnded) {
      // nothing left to end
    }
  }

  public LiveStream(EventStore eventStore, Authorship authorship, SecuritySettings security) {
    this.currentKnowledge = new CurrentKnowledge(eventStore);
    this.eventStore = eventStore;
    this.authorship = authorship;
    this.streamsPerUser = security.limits().streamsPerUser();
  }

  @Operation(
      summary =
          "Server-Sent Events: developments and watch item changes as they are recorded; the"
              + " event id is the log position — reconnect with Last-Event-ID to miss nothing."
              + " Each event is named from the published vocabulary: development.recorded,"
              + " development.corrected, development.retracted, watch-item.opened,"
              + " watch-item.evidence-linked, watch-item.evidence-withdrawn, watch-item.resolved,"
              + " watch-item.dropped, watch-item.reopened, watch-item.review-date-changed. ANALYST"
              + " and above receive every event as"
              + " recorded; a VIEWER receives each development as it stands now: a correction as"
              + " its current content (developmentId, version, content), a retraction as a"
              + " tombstone with the developmentId only, and a replay gives each development's"
              + " current state, never a superseded or retracted version")
  @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream(
      @Parameter(description = "the last event id received; omit to start now")
          @RequestHeader(value = "Last-Event-ID", required = false)
          String lastEventId) {
    TrackingToken from = from(lastEventId);
    Function<TrackedEventMessage<?>, Update> updates =
        AccessRules.pastKnowledgeAllowedNow() ? Update::of : currentKnowledge::of;
    Live live = admit(authorship.author());
    live.emitter.onCompletion(live::release);
    live.emitter.onTimeout(live::release);
    live.emitter.onError(e -> live.release());
    try {
      live.pump = readers.submit(() -> pump(from, updates, live));
    } catch (RejectedExecutionException e) {
      live.release();
      throw new TooManyRequests("too many live connections; try again later");
    }
    return live.emitter;
  }

  /**
   * A slot for a new connection of this user, or 429. Before refusing, the connections that would
   * be refused for are asked whether their clients are still there, so a slot whose client has gone
   * (a dashboard moving to another view) is free at once, not at its next keep-alive.
   */
  private Live admit(String user) {
    synchronized (admission) {
      Set<Live> mine = perUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
      if (connections.size() >= MAX_CLIENTS) {
        List.copyOf(connections).forEach(Live::stillThere);
      }
      if (connections.size() >= MAX_CLIENTS) {
        throw new TooManyRequests("too many live connections; try again later");
      }
      if (mine.size() >= streamsPerUser) {
        List.copyOf(mine).forEach(Live::stillThere);
      }
      if (mine.size() >= streamsPerUser) {
        throw new TooManyRequests(
            user
                + " already holds "
                + streamsPerUser
                + " live connections (the most one user may)");
      }
      Live live = new Live(user);
      mine.add(live);
      connections.add(live);
      return live;
    }
  }

  /**
   * Sends the log from {@code from} on, and a keep-alive comment every {@value #KEEP_ALIVE_SECONDS}
   * s while nothing happens, which is also how a client that went away is noticed (its slot freed
   * within two keep-alives) when nobody asks for its slot sooner.
   */
  private void pump(
      TrackingToken from, Function<TrackedEventMessage<?>, Update> updates, Live live) {
    SseEmitter emitter = live.emitter;
    try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(from)) {
      emitter.send(SseEmitter.event().comment("connected"));
      while (live.open.get()) {
        if (!events.hasNextAvailable((int) KEEP_ALIVE_SECONDS, TimeUnit.SECONDS)) {
          emitter.send(SseEmitter.event().comment("keep-alive"));
          continue;
        }
        Update update = updates.apply(events.nextAvailable());
        if (update != null) {
          emitter.send(
              SseEmitter.event()
                  .id(Long.toString(update.position()))
                  .name(update.kind())
                  .data(update, MediaType.APPLICATION_JSON));
        }
      }
      end(emitter, null);
    } catch (IOException | IllegalStateException e) {
      // the client went away: nothing to tell it
      end(emitter, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      end(emitter, null);
    } catch (RuntimeException e) {
      if (live.open.get()) {
        log.warn("live stream stopped: {}", e.getMessage());
      }
      end(emitter, e);
    } finally {
      live.release();
    }
  }

  private TrackingToken from(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return eventStore.createHeadToken();
    }
    try {
      long position = Long.parseLong(lastEventId.strip());
      if (position < 0) {
        throw new NumberFormatException();
      }
      return GapAwareTrackingToken.newInstance(position, Collections.emptySet());
    } catch (NumberFormatException e) {
      throw new BadRequest("Last-Event-ID", "must be an event id this stream sent (a number)");
    }
  }

  /** Open connections. */
  public int connections() {
    return connections.size();
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * Ends every live connection before the web server's graceful shutdown waits for open requests
   * (this bean stops in an earlier phase): clients reconnect elsewhere with their Last-Event-ID.
   */
  @Override
  public void stop() {
    running = false;
    for (Live live : List.copyOf(connections)) {
      live.release();
      end(live.emitter, null);
    }
    readers.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE; // stops first
  }

  @PreDestroy
  void shutDown() {
    readers.shutdownNow();
  }
}
