package org.tracker.organization.api;

import java.time.Instant;
import java.time.LocalDate;
import org.tracker.shared.ActorCode;

/** An organisation as of a day in the world, as known at a moment (null: now). */
public record FindOrganization(ActorCode code, LocalDate asOf, Instant knownAt) {}
