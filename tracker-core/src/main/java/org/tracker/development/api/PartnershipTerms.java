package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A partnership's establishment, upgrade, reaffirmation or downgrade: the rung's code ({@code
 * level}), the partnership's name verbatim ({@code label}, optional for a reaffirmation or a
 * downgrade), its English rendering, and the contact it was made during ({@code occasion}: VISIT or
 * MEETING; null when not said).
 */
public record PartnershipTerms(String level, String label, String labelEn, String occasion)
    implements Terms {

  @Override
  public String subject() {
    return null;
  }

  @Override
  public List<String> searchable() {
    return Stream.of(label, labelEn).filter(Objects::nonNull).toList();
  }
}
