package org.tracker.development.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace a development's content with a corrected version. {@code version} is the version this
 * correction creates (the current version plus one): a stale version is a conflict.
 */
public record CorrectDevelopment(
    @TargetAggregateIdentifier DevelopmentId developmentId,
    int version,
    DevelopmentContent content,
    String reason)
    implements DevelopmentCommand {}
