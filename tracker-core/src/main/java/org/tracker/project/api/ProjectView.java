package org.tracker.project.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Dispute;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;
import org.tracker.shared.Hedged;

/**
 * A project as of a day: names, kind, participants, what it carries and from where, parent and
 * children, status (its latest ACTUAL milestone other than a delay or postponement), milestones —
 * ACTUAL ones that happened and PLANNED ones that were expected, each forecast moved by a later one
 * (a new plan, a delay, a postponement, a resumption) kept and marked so, the current one whose
 * expected date has passed without the actual milestone flagged overdue — and its latest reported
 * quantities.
 */
public record ProjectView(
    String id,
    Map<String, Object> name,
    String kind,
    List<String> participants,
    String carries,
    String origin,
    String parent,
    List<String> children,
    String status,
    String statusSince,
    Certainty statusCertainty,
    List<Milestone> milestones,
    List<Quantity> quantities,
    LocalDate asOf,
    List<String> basis,
    List<Dispute> disputed) {

  /** The project before any competing claims about it were judged (none disputed). */
  public ProjectView(
      String id,
      Map<String, Object> name,
      String kind,
      List<String> participants,
      String carries,
      String origin,
      String parent,
      List<String> children,
      String status,
      String statusSince,
      Certainty statusCertainty,
      List<Milestone> milestones,
      List<Quantity> quantities,
      LocalDate asOf,
      List<String> basis) {
    this(
        id,
        name,
        kind,
        participants,
        carries,
        origin,
        parent,
        children,
        status,
        statusSince,
        statusCertainty,
        milestones,
        quantities,
        asOf,
        basis,
        List.of());
  }

  /**
   * The same answer with the competing claims judged set aside ({@code disputed}), and the
   * analysts' choices that decided them among the developments it rests on.
   */
  public ProjectView withDisputed(Claims.Judged judged) {
    if (judged.disputed().isEmpty()) {
      return this;
    }
    return new ProjectView(
        id,
        name,
        kind,
        participants,
        carries,
        origin,
        parent,
        children,
        status,
        statusSince,
        statusCertainty,
        milestones,
        quantities,
        asOf,
        judged.withChoices(basis),
        judged.disputed());
  }

  /**
   * How the source hedged {@code statusSince} (see {@link DateQualifier}); absent when it did not.
   */
  @JsonProperty("statusDateQualifier")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public DateQualifier statusDateQualifier() {
    return DateQualifier.of(statusSince);
  }

  /**
   * A milestone, actual or planned. A slip (DELAYED, POSTPONED, RESUMED) names the milestone whose
   * forecast it moves ({@code delays}); a forecast moved by a later one names it ({@code movedBy})
   * and is never overdue.
   */
  public record Milestone(
      String developmentId,
      String milestone,
      String status,
      String date,
      String expected,
      Certainty certainty,
      boolean overdue,
      String delays,
      String movedBy)
      implements Hedged.On {

    /**
     * How the source hedged {@code expected} (see {@link DateQualifier}); absent when it did not.
     */
    @JsonProperty("expectedQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier expectedQualifier() {
      return DateQualifier.of(expected);
    }
  }

  /** The latest figure reported for one quantity. */
  public record Quantity(
      String developmentId,
      String quantity,
      Object value,
      String unit,
      boolean cumulative,
      String status,
      String date,
      Certainty certainty)
      implements Hedged.On {}
}
