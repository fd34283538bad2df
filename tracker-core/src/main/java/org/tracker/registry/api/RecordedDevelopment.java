package org.tracker.registry.api;

import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;

/** A development as now known, with the fingerprint of the request that recorded it. */
public record RecordedDevelopment(
    DevelopmentId id, DevelopmentContent content, String fingerprint, Recording recording) {}
