package org.tracker.watch;

import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.tracker.development.api.References;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.shared.MetaDataKeys;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchItemIntake;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchStatus;

/**
 * Opens watch items from clients' drafts, idempotently: the same id with the same content opens
 * once; the same id with other content is refused. Reads the item's own stream, never behind.
 */
@Service
public class WatchItems implements WatchItemIntake {

  /** The item as opened, and whether this request opened it. */
  public record Outcome(WatchItemView item, boolean created) {}

  private final CommandGateway commands;
  private final EventStore eventStore;
  private final References references;
  private final Authorship authorship;

  public WatchItems(
      CommandGateway commands,
      EventStore eventStore,
      References references,
      Authorship authorship) {
    this.commands = commands;
    this.eventStore = eventStore;
    this.references = references;
    this.authorship = authorship;
  }

  public Outcome open(WatchItemDraft draft) {
    WatchItemValidator.Valid valid = WatchItemValidator.validate(draft, references);
    Optional<DomainEventMessage<?>> opened = opening(valid.id());
    if (opened.isEmpty()) {
      try {
        commands.sendAndWait(authorship.stamp(new OpenWatchItem(valid.id(), valid.content())));
        return new Outcome(load(valid.id()).orElseThrow(), true);
      } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
        opened = opening(valid.id()); // another request with this id won the race
      }
    }
    if (!content(opened.orElseThrow()).equals(valid.content())) {
      throw new WatchItemIdInUse(valid.id());
    }
    return new Outcome(view(valid.id(), opened.get()), false);
  }

  /** The item as its stream tells it, if it exists. */
  public Optional<WatchItemView> load(WatchItemId id) {
    return opening(id).map(e -> view(id, e));
  }

  @Override
  public OpenWatchItem check(WatchItemDraft draft, References references) {
    WatchItemValidator.Valid valid = WatchItemValidator.validate(draft, references);
    return new OpenWatchItem(valid.id(), valid.content());
  }

  @Override
  public Optional<WatchItemContent> opened(WatchItemId id) {
    return opening(id).map(WatchItems::content);
  }

  private Optional<DomainEventMessage<?>> opening(WatchItemId id) {
    return eventStore
        .readEvents(id.value())
        .asStream()
        .filter(e -> e.getPayload() instanceof WatchItemOpened)
        .findFirst()
        .map(e -> (DomainEventMessage<?>) e);
  }

  private static WatchItemContent content(DomainEventMessage<?> opened) {
    return ((WatchItemOpened) opened.getPayload()).content();
  }

  private static WatchItemView view(WatchItemId id, DomainEventMessage<?> opened) {
    WatchItemContent c = content(opened);
    return new WatchItemView(
        id.value(),
        c.question(),
        c.subjects(),
        c.resolvesWhen(),
        c.rule(),
        c.reviewBy().toString(),
        WatchStatus.OPEN, // the only event so far
        c.sources(),
        opened.getTimestamp(),
        String.valueOf(opened.getMetaData().get(MetaDataKeys.RECORDED_BY)));
  }
}
