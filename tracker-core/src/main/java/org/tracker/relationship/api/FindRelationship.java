package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;

/** The relationship of a dyad as of a day in the world, as known at a moment (null: now). */
public record FindRelationship(Dyad dyad, LocalDate asOf, Instant knownAt) {}
