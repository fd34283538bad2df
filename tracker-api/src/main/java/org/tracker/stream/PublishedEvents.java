package org.tracker.stream;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.shared.EventName;
import org.tracker.watch.api.WatchItemEvent;

/**
 * The published vocabulary of events: the stable names (`development.recorded`,
 * `watch-item.resolved`, …) the live stream sends and the API docs list, read from each event's
 * {@link EventName}. The streams' sealed interfaces say which events there are.
 */
public final class PublishedEvents {

  /** Every published name, streams in order, each stream's events in their declared order. */
  public static final List<String> NAMES =
      Stream.of(DevelopmentEvent.class, WatchItemEvent.class)
          .flatMap(stream -> Arrays.stream(stream.getPermittedSubclasses()))
          .map(PublishedEvents::nameOf)
          .toList();

  private PublishedEvents() {}

  /** The published name of an event, or null for a payload that is not published. */
  public static String nameOf(Object payload) {
    return payload instanceof DevelopmentEvent || payload instanceof WatchItemEvent
        ? nameOf(payload.getClass())
        : null;
  }

  /** The published name of an event type. */
  static String nameOf(Class<?> type) {
    EventName name = type.getAnnotation(EventName.class);
    if (name == null) {
      throw new IllegalStateException(type.getName() + " has no published @EventName");
    }
    return name.value();
  }
}
