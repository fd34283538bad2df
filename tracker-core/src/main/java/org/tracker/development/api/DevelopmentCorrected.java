package org.tracker.development.api;

import org.axonframework.serialization.Revision;
import org.tracker.shared.EventName;

/**
 * A development was corrected: {@code content} replaces what was known before as version {@code
 * version}. Earlier versions stay in the log.
 */
@Revision("1")
@EventName("development.corrected")
public record DevelopmentCorrected(
    DevelopmentId developmentId, int version, DevelopmentContent content, String reason)
    implements DevelopmentEvent {}
