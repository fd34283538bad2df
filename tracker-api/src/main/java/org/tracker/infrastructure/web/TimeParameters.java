package org.tracker.infrastructure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tracker.infrastructure.security.AccessRules;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

/** The {@code asOf} and {@code knownAt} parameters every projection takes, and actor codes. */
@Component
public class TimeParameters {

  private final Clock clock;

  public TimeParameters(Clock clock) {
    this.clock = clock;
  }

  /** The day asked about; today (UTC) when not given; refused outside the days Tracker knows. */
  public LocalDate asOf(LocalDate asOf) {
    return asOf == null ? LocalDate.now(clock) : PartialDate.withinRange("asOf", asOf);
  }

  /** A moment given as the parameter {@code name}, refused outside the days Tracker knows. */
  public static Instant moment(String name, Instant moment) {
    return PartialDate.withinRange(name, moment);
  }

  /**
   * What was known at a moment, null (now) when not given or not in the past. Past knowledge is for
   * {@link AccessRules#PAST_KNOWLEDGE} (the security filter refuses others first; this is the
   * second line, for a request that reached a handler some other way).
   */
  public Instant knownAt(Instant knownAt) {
    moment("knownAt", knownAt);
    if (knownAt != null && !AccessRules.pastKnowledgeAllowedNow()) {
      throw new Forbidden(
          "knownAt (what was known at a past moment) needs the "
              + AccessRules.PAST_KNOWLEDGE
              + " role");
    }
    return knownAt == null || !knownAt.isBefore(clock.instant()) ? null : knownAt;
  }

  public static ActorCode actor(String field, String code) {
    if (!ActorCode.isValid(code)) {
      throw new BadRequest(field, "'" + code + "' is not an actor code");
    }
    return ActorCode.of(code);
  }
}
