package org.tracker.relationship;

import java.time.Instant;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.PartnershipLevel;
import org.tracker.relationship.api.Dyad;
import org.tracker.shared.PartialDate;

/** One version of a development that changes a dyad's partnership, as the projection stores it. */
public record PartnershipFact(
    DevelopmentId developmentId,
    int version,
    Dyad dyad,
    DevelopmentType type,
    PartnershipLevel level,
    String label,
    String labelEn,
    PartialDate date,
    Instant recordedAt,
    long position) {}
