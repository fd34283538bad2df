package org.tracker.registry.api;

import java.time.Instant;

/** Who recorded an event and when (Axon's timestamp), as carried in its metadata. */
public record Recording(Instant recordedAt, String recordedBy) {}
