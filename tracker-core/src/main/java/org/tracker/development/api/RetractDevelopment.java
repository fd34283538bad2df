package org.tracker.development.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a development; retracting one already retracted changes nothing. */
public record RetractDevelopment(
    @TargetAggregateIdentifier DevelopmentId developmentId, String reason)
    implements DevelopmentCommand {}
