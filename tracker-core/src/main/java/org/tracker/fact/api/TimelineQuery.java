package org.tracker.fact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Within;

/**
 * Timeline filters, each optional: an actor and a partner (developments naming both), types, a date
 * range and how a partial date must lie in it ({@link Within}: possibly, overlapping it, or
 * certainly, wholly inside), text (a substring of either language's summary, the quotes, labels and
 * titles; or exactly a development's id, or the id or code of what it is about, such as an
 * agreement or a project), the world as of a day and the record as known at a moment; a page (from
 * 0) of a size.
 */
public record TimelineQuery(
    ActorCode actor,
    ActorCode partner,
    Set<DevelopmentType> types,
    LocalDate from,
    LocalDate to,
    Within within,
    String text,
    LocalDate asOf,
    Instant knownAt,
    int page,
    int size) {

  public TimelineQuery {
    if (partner != null && actor == null) {
      throw new IllegalArgumentException("a partner needs an actor");
    }
    within = within == null ? Within.DEFAULT : within;
  }
}
