package org.tracker.infrastructure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tracker.infrastructure.security.AccessRules;
import org.tracker.shared.ActorCode;

/** The {@code asOf} and {@code knownAt} parameters every projection takes, and actor codes. */
@Component
public class TimeParameters {

  private final Clock clock;

  public TimeParameters(Clock clock) {
    this.clock = clock;
  }

  /** The day asked about; today (UTC) when not given. */
  public LocalDate asOf(LocalDate asOf) {
    return asOf == null ? LocalDate.now(clock) : asOf;
  }

  /**
   * What was known at a moment, null (now) when not given or not in the past. Past knowledge is for
   * {@link AccessRules#PAST_KNOWLEDGE} (the security filter refuses others first; this is the
   * second line, for a request that reached a handler some other way).
   */
  public Instant knownAt(Instant knownAt) {
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
