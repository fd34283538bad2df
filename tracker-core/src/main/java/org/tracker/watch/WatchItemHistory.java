package org.tracker.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracker.development.api.DevelopmentId;
import org.tracker.shared.EventName;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDetail.Change;
import org.tracker.watch.api.WatchItemDetail.Evidence;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.ReviewDateChanged;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchState;

/**
 * One watch item read from its stream, on a day as known at a moment: where it stands ({@link
 * WatchItemAsOf}), the evidence and the steps that count then, each with who, when and why. A
 * withdrawal is listed with the evidence it withdrew, once recorded.
 */
public final class WatchItemHistory {

  private WatchItemHistory() {}

  /**
   * The item of these entries (its stream, oldest first) on day {@code asOf} as known at {@code
   * knownAt} (null: now); empty when there is none by then.
   */
  public static Optional<WatchItemDetail> of(
      List<WatchEntry> entries, LocalDate asOf, Instant knownAt) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, WatchStep> steps = new LinkedHashMap<>();
    Map<DevelopmentId, Long> standingLinks = new HashMap<>();
    Map<Long, WatchEntry> withdrawalOfLink = new HashMap<>();
    Map<Long, Long> linkOfWithdrawal = new HashMap<>();
    for (WatchEntry entry : entries) {
      WatchStep step = WatchStep.of(entry.event(), entry.sequence(), entry.recordedAt());
      DevelopmentId development = entry.event().developmentId();
      if (step != null) {
        steps.put(step.sequence(), step);
        if (step.kind() == WatchStep.Kind.EVIDENCE_LINKED) {
          standingLinks.put(development, step.sequence());
        }
      } else if (standingLinks.containsKey(development)) {
        long link = standingLinks.remove(development);
        steps.put(link, steps.get(link).withdrawn(entry.recordedAt()));
        withdrawalOfLink.put(link, entry);
        linkOfWithdrawal.put(entry.sequence(), link);
      }
    }
    WatchEntry first = entries.get(0);
    WatchItemContent content = ((WatchItemOpened) first.event()).content();
    Optional<WatchItemAsOf.Standing> standing =
        WatchItemAsOf.of(List.copyOf(steps.values()), content.reviewBy(), asOf, knownAt);
    if (standing.isEmpty()) {
      return Optional.empty();
    }

    Map<DevelopmentId, Evidence> evidence = new LinkedHashMap<>();
    List<Change> history = new ArrayList<>();
    WatchState state = WatchState.NONE;
    for (WatchEntry entry : entries) {
      WatchItemEvent event = entry.event();
      state = WatchItemRules.evolve(state, event);
      Long link = linkOfWithdrawal.get(entry.sequence());
      WatchStep step = steps.get(link != null ? link : entry.sequence());
      if (step == null || !recorded(entry, knownAt) || !step.countsOn(asOf)) {
        continue;
      }
      if (event instanceof EvidenceLinked linked) {
        WatchEntry withdrawal = withdrawalOfLink.get(entry.sequence());
        boolean withdrawn = withdrawal != null && recorded(withdrawal, knownAt);
        evidence.put(
            linked.developmentId(),
            new Evidence(
                linked.developmentId().toString(),
                linked.byRule(),
                linked.note(),
                step.on().toString(),
                entry.recordedAt(),
                entry.recordedBy(),
                withdrawn ? withdrawal.recordedAt() : null,
                withdrawn ? withdrawal.event().reason() : null));
      }
      history.add(
          new Change(
              entry.sequence(),
              change(event),
              state.status(),
              link == null ? step.on().toString() : null,
              entry.recordedAt(),
              entry.recordedBy(),
              event.reason(),
              event.developmentId() == null ? null : event.developmentId().toString(),
              event instanceof WatchItemResolved resolved ? resolved.outcome() : null,
              event instanceof ReviewDateChanged changed ? changed.reviewBy().toString() : null));
    }
    return Optional.of(
        new WatchItemDetail(
            WatchItemAsOf.view(
                state.id().value(),
                content,
                standing.get(),
                first.recordedAt(),
                first.recordedBy()),
            asOf,
            knownAt,
            List.copyOf(evidence.values()),
            history));
  }

  /** The day the item of these entries (its stream, oldest first) was opened. */
  public static PartialDate openedOn(List<WatchEntry> entries) {
    WatchEntry first = entries.get(0);
    return WatchStep.of(first.event(), first.sequence(), first.recordedAt()).on();
  }

  private static boolean recorded(WatchEntry entry, Instant knownAt) {
    return knownAt == null || !entry.recordedAt().isAfter(knownAt);
  }

  /** The history's name of a step: its published name's last part, e.g. EVIDENCE_LINKED. */
  private static String change(WatchItemEvent event) {
    String name = event.getClass().getAnnotation(EventName.class).value();
    return name.substring(name.indexOf('.') + 1).replace('-', '_').toUpperCase();
  }
}
