package org.tracker.organization.api;

import java.time.Instant;
import java.time.LocalDate;
import org.tracker.shared.ActorCode;

/** An actor's memberships as of a day in the world, as known at a moment (null: now). */
public record FindMemberships(ActorCode actor, LocalDate asOf, Instant knownAt) {}
