package org.tracker.development.api;

import org.axonframework.serialization.Revision;

/**
 * A development was corrected: {@code content} replaces what was known before as version {@code
 * version}. Earlier versions stay in the log.
 */
@Revision("1")
public record DevelopmentCorrected(
    DevelopmentId developmentId, int version, DevelopmentContent content, String reason)
    implements DevelopmentEvent {}
