package org.tracker.relationship.api;

import java.time.LocalDate;
import java.util.List;
import org.tracker.shared.ActorCode;

/**
 * The state of a relationship as of a day: the partnership (null when there is none) and the
 * development ids the answer rests on.
 */
public record RelationshipView(
    List<ActorCode> actors, LocalDate asOf, PartnershipView partnership, List<String> basis) {}
