package org.tracker.relationship.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tracker.shared.ActorCode;

/** One actor's relationships (each with a development on or before the day), by counterpart. */
public record RelationshipList(
    ActorCode actor, LocalDate asOf, Instant knownAt, List<RelationshipView> relationships) {}
