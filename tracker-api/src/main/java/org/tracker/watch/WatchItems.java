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
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDetail.Change;
import org.tracker.watch.api.WatchItemDetail.Evidence;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIntake;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchState;

/**
 * Watch items from analysts' requests: opened idempotently (the same id with the same content opens
 * once; other content under the id is refused), evidence linked by hand, resolved, dropped,
 * reopened — each a new event, with who and why, decided by {@link WatchItemRules}. One item is
 * always read from its own stream, so an answer is never behind.
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
    if (!WatchItemRules.decide(state(open.id()), open).isEmpty()) {
      try {
        commands.sendAndWait(authorship.stamp(open));
        return new Outcome(load(open.id()).orElseThrow(), true);
      } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
        // another request with this id won the race: the rule book judges this one against it
        WatchItemRules.decide(state(open.id()), open);
      }
    }
    return new Outcome(load(open.id()).orElseThrow(), false);
  }

  /** Links a development by hand; linking one already linked changes nothing. */
  public WatchItemDetail link(String id, String developmentId, String note) {
    WatchItemId item = existing(id);
    return send(new LinkEvidence(item, development(developmentId), false, note));
  }

  public WatchItemDetail resolve(String id, String outcome, String reason) {
    WatchItemId item = existing(id);
    return send(new ResolveWatchItem(item, outcome(outcome), reason));
  }

  public WatchItemDetail drop(String id, String reason) {
    return send(new DropWatchItem(existing(id), reason));
  }

  public WatchItemDetail reopen(String id, String reason) {
    return send(new ReopenWatchItem(existing(id), reason));
  }

  private WatchItemDetail send(WatchItemCommand command) {
    commands.sendAndWait(authorship.stamp(command));
    return load(command.id()).orElseThrow();
  }

  @Override
  public OpenWatchItem check(WatchItemDraft draft, References references) {
    WatchItemValidator.Valid valid = WatchItemValidator.validate(draft, references);
    return new OpenWatchItem(valid.id(), valid.content());
  }

  @Override
  public WatchState state(WatchItemId id) {
    return WatchItemRules.fold(
        stream(id).stream().map(e -> (WatchItemEvent) e.getPayload()).toList());
  }

  @Override
  public List<WatchItemEvent> decide(WatchState state, WatchItemCommand command) {
    return WatchItemRules.decide(state, command);
  }

  @Override
  public WatchState evolve(WatchState state, WatchItemEvent event) {
    return WatchItemRules.evolve(state, event);
  }

  /**
   * The item with its evidence and history: its state folded by the rule book, each step's who,
   * when and why beside it.
   */
  public Optional<WatchItemDetail> load(WatchItemId id) {
    List<? extends DomainEventMessage<?>> events = stream(id);
    if (events.isEmpty()) {
      return Optional.empty();
    }
    WatchState state = WatchState.NONE;
    Map<DevelopmentId, Evidence> evidence = new LinkedHashMap<>();
    List<Change> history = new ArrayList<>();
    Instant lastEvidence = null;
    for (DomainEventMessage<?> message : events) {
      WatchItemEvent event = (WatchItemEvent) message.getPayload();
      state = WatchItemRules.evolve(state, event);
      String by = String.valueOf(message.getMetaData().get(MetaDataKeys.RECORDED_BY));
      Instant at = message.getTimestamp();
      DevelopmentId development = event.developmentId();
      if (event instanceof EvidenceLinked linked) {
        evidence.put(
            development,
            new Evidence(
                development.toString(), linked.byRule(), linked.note(), at, by, null, null));
        lastEvidence = at;
      } else if (event instanceof EvidenceWithdrawn && evidence.containsKey(development)) {
        Evidence was = evidence.get(development);
        evidence.put(
            development,
            new Evidence(
                was.developmentId(),
                was.byRule(),
                was.note(),
                was.linkedAt(),
                was.linkedBy(),
                at,
                event.reason()));
      }
      history.add(
          new Change(
              message.getSequenceNumber(),
              change(event),
              state.status(),
              at,
              by,
              event.reason(),
              development == null ? null : development.toString(),
              event instanceof WatchItemResolved ? state.outcome() : null));
    }
    DomainEventMessage<?> first = events.get(0);
    WatchItemView view =
        WatchItemView.of(
            id.value(),
            state.content(),
            state.status(),
            state.outcome(),
            state.evidence().size(),
            lastEvidence,
            first.getTimestamp(),
            String.valueOf(first.getMetaData().get(MetaDataKeys.RECORDED_BY)),
            LocalDate.now(clock));
    return Optional.of(new WatchItemDetail(view, List.copyOf(evidence.values()), history));
  }

  /** The history's name of a step: its published name's last part, e.g. EVIDENCE_LINKED. */
  private static String change(WatchItemEvent event) {
    String name = event.getClass().getAnnotation(org.tracker.shared.EventName.class).value();
    return name.substring(name.indexOf('.') + 1).replace('-', '_').toUpperCase();
  }

  private List<? extends DomainEventMessage<?>> stream(WatchItemId id) {
    return eventStore.readEvents(id.value()).asStream().toList();
  }

  private WatchItemId existing(String id) {
    if (!WatchItemId.isValid(id) || !state(WatchItemId.of(id)).exists()) {
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
}
