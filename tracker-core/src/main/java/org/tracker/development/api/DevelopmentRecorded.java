package org.tracker.development.api;

import org.axonframework.serialization.Revision;

/** An analyst recorded a development. The business date is in the content; Axon keeps when. */
@Revision("1")
public record DevelopmentRecorded(DevelopmentId developmentId, DevelopmentContent content)
    implements DevelopmentEvent {}
