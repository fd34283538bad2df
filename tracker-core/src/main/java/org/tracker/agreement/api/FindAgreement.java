package org.tracker.agreement.api;

import java.time.Instant;
import java.time.LocalDate;

/** An agreement as of a day in the world, as known at a moment (null: now). */
public record FindAgreement(String id, LocalDate asOf, Instant knownAt) {}
