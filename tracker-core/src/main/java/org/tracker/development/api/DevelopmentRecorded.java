package org.tracker.development.api;

import org.axonframework.serialization.Revision;
import org.tracker.shared.EventName;

/** An analyst recorded a development. The business date is in the content; Axon keeps when. */
@Revision("1")
@EventName("development.recorded")
public record DevelopmentRecorded(DevelopmentId developmentId, DevelopmentContent content)
    implements DevelopmentEvent {}
