package org.tracker.development.api;

import org.axonframework.serialization.Revision;
import org.tracker.shared.EventName;

/**
 * A development was withdrawn: it no longer counts, but stays in the log with its versions. {@code
 * retractedVersion} is the version that was current when it was withdrawn.
 *
 * <p>Revision 2 renamed revision 1's {@code version} (read as "the version of this event"?) to
 * {@code retractedVersion}; revision 1 events are upcast when read (docs/adr/0007).
 */
@Revision("2")
@EventName("development.retracted")
public record DevelopmentRetracted(DevelopmentId developmentId, int retractedVersion, String reason)
    implements DevelopmentEvent {}
