package org.tracker.organization.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tracker.shared.ActorCode;

/**
 * Every organisation an actor is a member of as of a day, or was (status NONE, with the status it
 * left as {@code lastKnown}), in organisation code order.
 */
public record MembershipList(
    ActorCode actor, LocalDate asOf, Instant knownAt, List<Membership> memberships) {}
