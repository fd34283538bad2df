package org.tracker.relationship.api;

import org.tracker.development.api.PartnershipLevel;
import org.tracker.shared.Certainty;

/** The partnership in force: its ladder level, verbatim label, since when and how sure. */
public record PartnershipView(
    PartnershipLevel level, String label, String labelEn, String since, Certainty certainty) {}
