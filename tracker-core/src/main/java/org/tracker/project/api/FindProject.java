package org.tracker.project.api;

import java.time.Instant;
import java.time.LocalDate;

/** A project as of a day in the world, as known at a moment (null: now). */
public record FindProject(String id, LocalDate asOf, Instant knownAt) {}
