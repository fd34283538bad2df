package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;
import org.tracker.shared.ActorCode;

/** Every relationship of one actor as of a day, as known at a moment (null: now). */
public record ListRelationships(ActorCode actor, LocalDate asOf, Instant knownAt) {}
