package org.tracker.audit.chain;

/**
 * Whether a checkpoint still holds.
 *
 * @param holds the signature holds and the log still has that hash at that position
 * @param signatureValid the signature is this instance's key's over the checkpoint's fields
 * @param logMatches the chain verifies up to the position and its hash there is the checkpoint's
 * @param detail a sentence for a person
 * @param breaksAt where the log breaks below the position, when it does
 */
public record CheckpointCheck(
    boolean holds,
    boolean signatureValid,
    boolean logMatches,
    String detail,
    Verification.Break breaksAt) {}
