package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.PartialDate;

/**
 * A project's milestone: which one, whether it happened ({@code ACTUAL}) or is only expected
 * ({@code PLANNED}, then with the date it is expected by). A slip — {@code DELAYED}, {@code
 * POSTPONED}, {@code RESUMED} — names the milestone whose forecast it moves ({@code delays}) and
 * when that is now expected ({@code expected}; none: no date any more).
 */
public record ProjectMilestone(
    String projectId, String milestone, String status, PartialDate expected, String delays)
    implements Terms {

  /** The milestones that move another's forecast. */
  public static final List<String> SLIPS = List.of("DELAYED", "POSTPONED", "RESUMED");

  /** A delay, postponement or resumption: it moves the forecast of {@link #delays()}. */
  public boolean slip() {
    return SLIPS.contains(milestone);
  }

  /** The milestone whose forecast this states: its own when planned, the delayed one for a slip. */
  public String forecastOf() {
    return slip() ? delays : planned() ? milestone : null;
  }

  /**
   * A milestone that happens once if at all (pledged, agreed, construction started, completed,
   * operational, cancelled), so two dates for it compete; slips and suspensions recur.
   */
  public boolean happensOnce() {
    return actual() && !slip() && !"SUSPENDED".equals(milestone);
  }

  public boolean actual() {
    return "ACTUAL".equals(status);
  }

  public boolean planned() {
    return "PLANNED".equals(status);
  }

  @Override
  public String subject() {
    return projectId;
  }

  @Override
  public List<String> searchable() {
    return List.of();
  }
}
