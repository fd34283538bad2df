package org.tracker.development.api;

import org.axonframework.serialization.Revision;

/** A development was withdrawn: it no longer counts, but stays in the log with its versions. */
@Revision("1")
public record DevelopmentRetracted(DevelopmentId developmentId, int version, String reason)
    implements DevelopmentEvent {}
