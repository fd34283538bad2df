package org.tracker.proposal.api;

import java.time.Instant;
import java.time.LocalDate;

/** Every proposal as of a day in the world, as known at a moment (null: now). */
public record ListProposals(LocalDate asOf, Instant knownAt) {}
