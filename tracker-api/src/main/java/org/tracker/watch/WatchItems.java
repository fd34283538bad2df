package org.tracker.watch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Invalid;
import org.tracker.shared.MetaDataKeys;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.DevelopmentStates;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.ChangeReviewDate;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIntake;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchState;

/**
 * Watch items from analysts' requests: opened idempotently (the same id with the same content opens
 * once; other content under the id is refused), evidence linked by hand, resolved, dropped,
 * reopened, the review date changed — each a new event, with who and why and the day it is dated,
 * decided by {@link WatchItemRules}. One item is always read from its own stream, so an answer is
 * never behind, and answers on any day as known at any moment ({@link WatchItemHistory}).
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
        return new Outcome(now(open.id()), true);
      } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
        // another request with this id won the race: the rule book judges this one against it
        WatchItemRules.decide(state(open.id()), open);
      }
    }
    return new Outcome(now(open.id()), false);
  }

  /**
   * Links a development by hand, seen as of {@code on} (by default the development's date); linking
   * one already linked changes nothing.
   */
  public WatchItemDetail link(String id, String developmentId, String note, String on) {
    WatchItemId item = existing(id);
    DevelopmentId development = development("developmentId", developmentId);
    PartialDate day = day(on);
    return send(
        new LinkEvidence(
            item, development, false, note, day != null ? day : developments.date(development)));
  }

  /**
   * Resolves as of {@code on}: by default the date of the deciding development (optional), else
   * today.
   */
  public WatchItemDetail resolve(
      String id, String outcome, String reason, String on, String developmentId) {
    WatchItemId item = existing(id);
    List<FieldViolation> violations = new ArrayList<>();
    WatchOutcome ended = outcome(outcome, violations);
    DevelopmentId decidedBy =
        developmentId == null ? null : development("developmentId", developmentId);
    PartialDate day = WatchItemValidator.day(on, today(), violations);
    if (!violations.isEmpty()) {
      throw new Invalid(violations);
    }
    if (day == null && decidedBy != null) {
      day = developments.date(decidedBy);
    }
    return send(new ResolveWatchItem(item, ended, reason, orToday(day), decidedBy));
  }

  /** Drops as of {@code on} (by default today). */
  public WatchItemDetail drop(String id, String reason, String on) {
    WatchItemId item = existing(id);
    return send(new DropWatchItem(item, reason, orToday(day(on))));
  }

  /** Reopens as of {@code on} (by default today). */
  public WatchItemDetail reopen(String id, String reason, String on) {
    WatchItemId item = existing(id);
    return send(new ReopenWatchItem(item, reason, orToday(day(on))));
  }

  /**
   * Moves the review date to {@code reviewBy} as of {@code on} (by default today), why optional;
   * what a review date may be is {@link WatchItemRules#reviewByProblem}'s.
   */
  public WatchItemDetail changeReviewDate(String id, String reviewBy, String reason, String on) {
    WatchItemId item = existing(id);
    List<FieldViolation> violations = new ArrayList<>();
    PartialDate review = WatchItemValidator.reviewBy(reviewBy, violations);
    PartialDate day = WatchItemValidator.day(on, today(), violations);
    if (!violations.isEmpty()) {
      throw new Invalid(violations);
    }
    return send(new ChangeReviewDate(item, review, reason, orToday(day)));
  }

  private WatchItemDetail send(WatchItemCommand command) {
    commands.sendAndWait(authorship.stamp(command));
    return now(command.id());
  }

  @Override
  public OpenWatchItem check(WatchItemDraft draft, References references) {
    WatchItemValidator.Valid valid = WatchItemValidator.validate(draft, references, today());
    return new OpenWatchItem(valid.id(), valid.content(), valid.on(), valid.onGiven());
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
   * The item on day {@code asOf} as known at {@code knownAt} (null: now), with the evidence and the
   * steps that count then, read from its stream; empty when there is none by then.
   */
  public Optional<WatchItemDetail> load(WatchItemId id, LocalDate asOf, Instant knownAt) {
    return WatchItemHistory.of(entries(id), asOf, knownAt);
  }

  /**
   * The answer to a step just taken: the item as known now, on the later of today and the day it
   * was opened (so that the answer to its opening always shows it).
   */
  private WatchItemDetail now(WatchItemId id) {
    List<WatchEntry> entries = entries(id);
    LocalDate today = today();
    LocalDate opened = entries.isEmpty() ? today : WatchItemHistory.openedOn(entries).earliest();
    return WatchItemHistory.of(entries, opened.isAfter(today) ? opened : today, null).orElseThrow();
  }

  private List<WatchEntry> entries(WatchItemId id) {
    return stream(id).stream()
        .map(
            message ->
                new WatchEntry(
                    message.getSequenceNumber(),
                    (WatchItemEvent) message.getPayload(),
                    message.getTimestamp(),
                    String.valueOf(message.getMetaData().get(MetaDataKeys.RECORDED_BY))))
        .toList();
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

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private PartialDate orToday(PartialDate day) {
    return day != null ? day : PartialDate.ofDay(today());
  }

  /** The day an analyst gave a step, or null when none was given. */
  private PartialDate day(String on) {
    List<FieldViolation> violations = new ArrayList<>();
    PartialDate day = WatchItemValidator.day(on, today(), violations);
    if (!violations.isEmpty()) {
      throw new Invalid(violations);
    }
    return day;
  }

  private DevelopmentId development(String field, String text) {
    DevelopmentId id;
    try {
      id = text == null ? null : DevelopmentId.of(text);
    } catch (IllegalArgumentException e) {
      id = null;
    }
    if (id == null || !developments.exists(id)) {
      throw new Invalid(field, "no development '" + text + "' is recorded");
    }
    if (developments.isRetracted(id)) {
      throw new Invalid(field, "development " + id + " is retracted");
    }
    return id;
  }

  private static WatchOutcome outcome(String text, List<FieldViolation> violations) {
    try {
      return WatchOutcome.valueOf(String.valueOf(text));
    } catch (IllegalArgumentException e) {
      violations.add(
          new FieldViolation("outcome", "is required: one of " + List.of(WatchOutcome.values())));
      return null;
    }
  }
}
