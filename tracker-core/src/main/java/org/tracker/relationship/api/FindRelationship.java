package org.tracker.relationship.api;

import java.time.LocalDate;

/** The relationship of a dyad as of a day in the world. */
public record FindRelationship(Dyad dyad, LocalDate asOf) {}
