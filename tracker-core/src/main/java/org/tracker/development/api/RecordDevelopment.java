package org.tracker.development.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a new development with already validated content. */
public record RecordDevelopment(
    @TargetAggregateIdentifier DevelopmentId developmentId, DevelopmentContent content)
    implements DevelopmentCommand {}
