package org.tracker.watch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.References;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.shared.Invalid;
import org.tracker.shared.MetaDataKeys;
import org.tracker.watch.api.DevelopmentStates;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDetail.Change;
import org.tracker.watch.api.WatchItemDetail.Evidence;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchItemIntake;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchStatus;

/**
 * Watch items from analysts' requests: opened idempotently (the same id with the same content opens
 * once; other content under the id is refused), evidence linked by hand, resolved, dropped,
 * reopened — each a new event, with who and why. One item is always read from its own stream, so an
 * answer is never behind.
 */
@Service
public class WatchItems implements WatchItemIntake {

  /** The item, and whether this request opened it. */
  public record Outcome(WatchItemDetail item, boolean created) {}

  private final CommandGateway commands;
  private final EventStore eventStore;
  private final References references;
  private final DevelopmentStates developments;
  private final Authorship authorship;
  private final Clock clock;

  public WatchItems(
      CommandGateway commands,
      EventStore eventStore,
      References references,
      DevelopmentStates developments,
      Authorship authorship,
      Clock clock) {
    this.commands = commands;
    this.eventStore = eventStore;
    this.references = references;
    this.developments = developments;
    this.authorship = authorship;
    this.clock = clock;
  }

  public Outcome open(WatchItemDraft draft) {
    OpenWatchItem open = check(draft, references);
    Optional<WatchItemContent> opened = opened(open.id());
    if (opened.isEmpty()) {
      try {
        commands.sendAndWait(authorship.stamp(open));
        return new Outcome(load(open.id()).orElseThrow(), true);
      } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
        opened = opened(open.id()); // another request with this id won the race
      }
    }
    if (!opened.orElseThrow().equals(open.content())) {
      throw new WatchItemIdInUse(open.id());
    }
    return new Outcome(load(open.id()).orElseThrow(), false);
  }

  /** Links a development by hand; linking one already linked changes nothing. */
  public WatchItemDetail link(String id, String developmentId, String note) {
    WatchItemId item = existing(id);
    DevelopmentId development = development(developmentId);
    commands.sendAndWait(authorship.stamp(new LinkEvidence(item, development, false, note)));
    return load(item).orElseThrow();
  }

  public WatchItemDetail resolve(String id, String outcome, String reason) {
    WatchItemId item = existing(id);
    WatchOutcome how = outcome(outcome);
    commands.sendAndWait(authorship.stamp(new ResolveWatchItem(item, how, reason(reason))));
    return load(item).orElseThrow();
  }

  public WatchItemDetail drop(String id, String reason) {
    WatchItemId item = existing(id);
    commands.sendAndWait(authorship.stamp(new DropWatchItem(item, reason(reason))));
    return load(item).orElseThrow();
  }

  public WatchItemDetail reopen(String id, String reason) {
    WatchItemId item = existing(id);
    commands.sendAndWait(authorship.stamp(new ReopenWatchItem(item, reason(reason))));
    return load(item).orElseThrow();
  }

  @Override
  public OpenWatchItem check(WatchItemDraft draft, References references) {
    WatchItemValidator.Valid valid = WatchItemValidator.validate(draft, references);
    return new OpenWatchItem(valid.id(), valid.content());
  }

  @Override
  public Optional<WatchItemContent> opened(WatchItemId id) {
    return stream(id).stream()
        .findFirst()
        .map(e -> e.getPayload() instanceof WatchItemOpened o ? o.content() : null);
  }

  /** The item with its evidence and history, folded from its stream. */
  public Optional<WatchItemDetail> load(WatchItemId id) {
    List<? extends DomainEventMessage<?>> events = stream(id);
    if (events.isEmpty() || !(events.get(0).getPayload() instanceof WatchItemOpened opened)) {
      return Optional.empty();
    }
    WatchItemContent c = opened.content();
    WatchStatus status = WatchStatus.OPEN;
    WatchOutcome outcome = null;
    Map<DevelopmentId, Evidence> evidence = new LinkedHashMap<>();
    List<Change> history = new ArrayList<>();
    Instant lastEvidence = null;
    for (DomainEventMessage<?> e : events) {
      String by = String.valueOf(e.getMetaData().get(MetaDataKeys.RECORDED_BY));
      Instant at = e.getTimestamp();
      Object p = e.getPayload();
      String change = null;
      String reason = null;
      DevelopmentId development = null;
      if (p instanceof WatchItemOpened) {
        change = "OPENED";
      } else if (p instanceof EvidenceLinked l) {
        change = "EVIDENCE_LINKED";
        development = l.developmentId();
        reason = l.note();
        evidence.put(
            development,
            new Evidence(development.toString(), l.byRule(), l.note(), at, by, null, null));
        lastEvidence = at;
        status = WatchStatuses.afterLinking(status);
      } else if (p instanceof EvidenceWithdrawn w) {
        change = "EVIDENCE_WITHDRAWN";
        development = w.developmentId();
        reason = w.reason();
        Evidence was = evidence.get(development);
        if (was != null) {
          evidence.put(
              development,
              new Evidence(
                  was.developmentId(),
                  was.byRule(),
                  was.note(),
                  was.linkedAt(),
                  was.linkedBy(),
                  at,
                  w.reason()));
        }
        status = WatchStatuses.afterWithdrawing(status, standing(evidence));
      } else if (p instanceof WatchItemResolved r) {
        change = "RESOLVED";
        reason = r.reason();
        outcome = r.outcome();
        status = WatchStatus.RESOLVED;
      } else if (p instanceof WatchItemDropped d) {
        change = "DROPPED";
        reason = d.reason();
        status = WatchStatus.DROPPED;
      } else if (p instanceof WatchItemReopened r) {
        change = "REOPENED";
        reason = r.reason();
        outcome = null;
        status = WatchStatuses.reopened(standing(evidence));
      }
      if (change != null) {
        history.add(
            new Change(
                e.getSequenceNumber(),
                change,
                status,
                at,
                by,
                reason,
                development == null ? null : development.toString(),
                p instanceof WatchItemResolved ? outcome : null));
      }
    }
    DomainEventMessage<?> first = events.get(0);
    boolean active = status == WatchStatus.OPEN || status == WatchStatus.EVIDENCE_SEEN;
    WatchItemView view =
        new WatchItemView(
            id.value(),
            c.question(),
            c.subjects(),
            c.resolvesWhen(),
            c.rule(),
            c.reviewBy().toString(),
            active && c.reviewBy().latest().isBefore(LocalDate.now(clock)),
            status,
            outcome,
            standing(evidence),
            lastEvidence,
            c.sources(),
            first.getTimestamp(),
            String.valueOf(first.getMetaData().get(MetaDataKeys.RECORDED_BY)));
    return Optional.of(new WatchItemDetail(view, List.copyOf(evidence.values()), history));
  }

  private static int standing(Map<DevelopmentId, Evidence> evidence) {
    return (int) evidence.values().stream().filter(e -> e.withdrawnAt() == null).count();
  }

  private List<? extends DomainEventMessage<?>> stream(WatchItemId id) {
    return eventStore.readEvents(id.value()).asStream().toList();
  }

  private WatchItemId existing(String id) {
    if (!WatchItemId.isValid(id) || opened(WatchItemId.of(id)).isEmpty()) {
      throw new UnknownWatchItem(id);
    }
    return WatchItemId.of(id);
  }

  private DevelopmentId development(String text) {
    DevelopmentId id;
    try {
      id = text == null ? null : DevelopmentId.of(text);
    } catch (IllegalArgumentException e) {
      id = null;
    }
    if (id == null || !developments.exists(id)) {
      throw new Invalid("developmentId", "no development '" + text + "' is recorded");
    }
    if (developments.isRetracted(id)) {
      throw new Invalid("developmentId", "development " + id + " is retracted");
    }
    return id;
  }

  private static WatchOutcome outcome(String text) {
    try {
      return WatchOutcome.valueOf(String.valueOf(text));
    } catch (IllegalArgumentException e) {
      throw new Invalid("outcome", "is required: one of " + List.of(WatchOutcome.values()));
    }
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new Invalid("reason", "is required: say why");
    }
    if (reason.length() > 4000) {
      throw new Invalid("reason", "is longer than 4000 characters");
    }
    return reason.strip();
  }
}
