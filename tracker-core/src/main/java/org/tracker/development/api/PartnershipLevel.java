package org.tracker.development.api;

/**
 * China's partnership ladder, lowest first. The verbatim label of each partnership is kept beside
 * the level; the level is what is compared. The two top rungs are the "beyond" forms (of
 * coordination, all-weather).
 */
public enum PartnershipLevel {
  NONE,
  PARTNERSHIP,
  STRATEGIC_PARTNERSHIP,
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION,
  ALL_WEATHER_STRATEGIC_PARTNERSHIP;

  public int rank() {
    return ordinal();
  }

  public boolean isAbove(PartnershipLevel other) {
    return rank() > other.rank();
  }
}
