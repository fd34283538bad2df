package org.tracker.relationship.api;

import org.tracker.shared.Certainty;
import org.tracker.shared.LocalizedText;

/**
 * The partnership in force: its ladder level (the rung's code) and that rung's names, the
 * partnership's verbatim label, since when and how sure.
 */
public record PartnershipView(
    String level,
    LocalizedText levelName,
    String label,
    String labelEn,
    String since,
    Certainty certainty) {}
