package org.tracker.registry.api;

/**
 * A revision as the registry keeps it: which event of the stream, what it did, the version it left,
 * a hash of that version's content (none for a retraction), the reason, who and when. The content
 * itself is in the log.
 */
public record RevisionRecord(
    long sequence,
    Revision.Kind kind,
    int version,
    String contentHash,
    String reason,
    Recording recording) {}
