package org.tracker.development.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraw a development; the same retraction again changes nothing, another one of a development
 * already retracted is refused.
 */
public record RetractDevelopment(
    @TargetAggregateIdentifier DevelopmentId developmentId, String reason)
    implements DevelopmentCommand {}
